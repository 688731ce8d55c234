# Records every event a pyexpat parser reports, with the position it reports it at.
import pyexpat

HANDLERS = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'ProcessingInstructionHandler',
            'CommentHandler', 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'XmlDeclHandler',
            'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler', 'StartCdataSectionHandler',
            'EndCdataSectionHandler', 'SkippedEntityHandler', 'NotationDeclHandler', 'UnparsedEntityDeclHandler',
            'ElementDeclHandler', 'AttlistDeclHandler', 'DefaultHandlerExpand']


def run(doc, chunks=None, ns=None, handlers=HANDLERS, enc=None, **attrs):
    p = pyexpat.ParserCreate(enc, ns)
    for k, v in attrs.items():
        setattr(p, k, v)
    out = []
    for h in handlers:
        def record(*args, h=h):
            name = h[:-7] if h.endswith('Handler') else h
            out.append((name, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex) + args)
        setattr(p, h, record)
    try:
        if chunks is None:
            p.Parse(doc, True)
        else:
            for i in range(0, len(doc), chunks):
                p.Parse(doc[i:i + chunks], False)
            p.Parse(doc[:0], True)
    except pyexpat.ExpatError as e:
        out.append(('ERR', str(e), e.code, e.lineno, e.offset, p.ErrorByteIndex))
    for o in out:
        print(' ', o)

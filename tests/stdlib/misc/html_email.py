"""html.parser to pull links and text out of a page; email.message to build and parse a MIME message."""
from html.parser import HTMLParser
from email.message import EmailMessage
from email import message_from_string, policy
from email.utils import parseaddr, formataddr

class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text, self.stack = [], [], []
    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())

page = """<html><head><title>Kaa &amp; friends</title></head>
<body><h1>Links</h1><p>See <a href="https://python.org">Python</a> and
<a href='/docs?x=1&amp;y=2'>the docs</a>.</p><br/><!-- comment --></body></html>"""
p = LinkParser()
p.feed(page)
print(p.links, p.text)
msg = EmailMessage()
msg["From"] = formataddr(("Ann Example", "ann@example.com"))
msg["To"] = "bob@example.com"
msg["Subject"] = "Report ✓"
msg.set_content("Hello Bob,\nthe numbers are in.\n")
msg.add_attachment(b"a,b\n1,2\n", maintype="text", subtype="csv", filename="data.csv")
print(msg["Subject"], msg.get_content_type(), msg.is_multipart(), [part.get_filename() for part in msg.iter_attachments()])
text = msg.as_string()
back = message_from_string(text, policy=policy.default)
print(back["From"], parseaddr(back["From"]), back.get_body(preferencelist=("plain",)).get_content())
print(len([line for line in text.splitlines() if line.startswith("Content-Type")]))

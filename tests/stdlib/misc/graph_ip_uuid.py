"""graphlib topological sort, ipaddress networks, uuid name-based ids, urllib.parse and html escaping."""
import graphlib
import ipaddress
import uuid
import html
from urllib.parse import urlparse, urlencode, parse_qs, quote, unquote, urljoin, urlsplit

deps = {"app": {"db", "cache"}, "db": {"config"}, "cache": {"config"}, "config": set()}
ts = graphlib.TopologicalSorter(deps)
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("cycle:", e.args[0])
net = ipaddress.ip_network("192.168.10.0/28")
print(net.num_addresses, net.netmask, net.broadcast_address, list(net.hosts())[:3])
print(ipaddress.ip_address("10.0.0.1") in ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_address("::1").is_loopback)
print(list(ipaddress.ip_network("10.0.0.0/30").subnets(new_prefix=31)), ipaddress.ip_address("192.168.1.1").is_private)
print(ipaddress.IPv6Address("2001:db8::1").exploded, ipaddress.ip_interface("10.1.2.3/24").network)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "https://kaa.dev"))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u.hex, u.int, u.version, len(str(uuid.uuid4())), uuid.UUID(bytes=u.bytes) == u)
url = urlparse("https://user:pw@example.com:8443/path/to;params?q=1&r=two#frag")
print(url.scheme, url.hostname, url.port, url.path, url.query, url.fragment, url.username)
print(urlencode({"q": "kaa jvm", "page": 2}), parse_qs("a=1&a=2&b=%20x"), quote("a b/c?"), unquote("%7Euser"))
print(urljoin("https://a.com/x/y", "../z"), urlsplit("http://h/p?q").geturl())
print(html.escape("<a href='x'>Tom & Jerry</a>"), html.unescape("&lt;p&gt; &amp; &#233; &eacute;"))

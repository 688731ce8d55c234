# The renderer on a known trace: three convoy round trips of an I/O thread behind a CPU thread. The summary's totals
# follow from the trace by hand (MainThread: 3 x 5 ms waiting, 3 x 50 us blocked, 3 drop requests; the spinner:
# 3 forced switches); the picture's lanes, colours and marks; the page around it.
import re
from _giltrace import write, read, run, convoy

write("convoy.json", convoy(3))
run("convoy.json", "--summary")

run("convoy.json", "-o", "convoy.svg", "--width", "120")
picture = read("convoy.svg")
print("lanes:", re.findall(r"<title>([^<]*) \(tid \d+\)</title>", picture))
for colour in ("#2ca02c", "#ff7f0e", "#1f77b4"):
    print(colour, "rectangles:", picture.count('fill="%s"' % colour))
print("drop request marks:", picture.count('fill="#d62728"') - 1, "forced switch marks:", picture.count('fill="#222222"') - 1)
print(picture)

run("convoy.json", "-o", "convoy.html")
page = read("convoy.html")
print("self-contained:", "<script" not in page and "http" not in page.replace('xmlns="http://www.w3.org/2000/svg"', ""))
print("inline picture:", page.count("<svg "), "title:", re.search("<h1>(.*)</h1>", page).group(1))
print(re.search('<p class="about">(.*)</p>', page).group(1))
for row in re.findall(r"<tr[^>]*>(.*?)</tr>", page):
    print(" | ".join(re.sub("<[^>]+>", "", cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)))

run("convoy.json")  # no -o: the page beside the trace
print("default output is the page:", read("convoy.html") == page)

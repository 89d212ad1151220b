#!/usr/bin/env python3
"""A misbehaving feed server on 127.0.0.1 for ControlMap's feed tests.

Usage: feed-server.py PORT_FILE REQUEST_LOG

Writes the port it listens on to PORT_FILE and one JSON line per request to REQUEST_LOG
(path, validators sent, status, bytes sent, time). Endpoints:

  /rss.xml       RSS 2.0, gzip when asked, ETag; 304 on a matching If-None-Match
  /atom.xml      Atom (Arabic), Last-Modified; 304 on a matching If-Modified-Since
  /summary.xml   RSS whose item carries only a summary and a relative link to /article/tabqa.html
  /article/*     the article page (HTML with menus and scripts around the text)
  /error         HTTP 500
  /slow          answers after 5 s
  /loop          redirects to itself
  /huge          a 100 MB chunked body with no length
  /laughs        a billion-laughs XML document
"""
import gzip
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RSS_ETAG = '"rss-v1"'
ATOM_MODIFIED = "Sat, 14 Oct 2017 08:00:00 GMT"

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>http://127.0.0.1/</link>
<item><title>Syrian army recaptures Palmyra</title><link>http://127.0.0.1/news/palmyra</link>
<guid>wire-1</guid><pubDate>Sun, 27 Mar 2016 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The Syrian army recaptured the city of Palmyra from Islamic State on Sunday, state television said.&lt;/p&gt;</description></item>
<item><title>SDF captures Raqqa</title><link>http://127.0.0.1/news/raqqa</link>
<guid>wire-2</guid><pubDate>Tue, 17 Oct 2017 09:00:00 GMT</pubDate>
<description>The SDF captured Raqqa from Islamic State on Tuesday, a spokesman said.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة اختبار</title><id>urn:test:atom</id>
<updated>2017-10-14T08:00:00Z</updated>
<entry><title>الجيش السوري يسيطر على مدينة الميادين</title><id>urn:test:1</id>
<link rel="alternate" href="http://127.0.0.1/news/mayadin-ar"/>
<updated>2017-10-14T08:00:00Z</updated>
<summary>أعلن الجيش السوري يوم السبت أنه سيطر على مدينة الميادين بعد معارك مع تنظيم داعش.</summary></entry>
<entry><title>Syrian army recaptures Palmyra</title><id>urn:test:2</id>
<link rel="alternate" href="http://127.0.0.1/news/palmyra"/>
<updated>2016-03-27T09:00:00Z</updated>
<summary>The same story as the wire's, under another id: delivered once.</summary></entry>
</feed>
"""

SUMMARY = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Summaries</title>
<item><title>Fighting near the dam</title><link>/article/tabqa.html</link><guid>s-1</guid>
<description>Read more.</description></item>
</channel></rss>
"""

ARTICLE = """<html><head><title>Fighting near the dam</title><script>var tracking = "Damascus captured";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Fighting near the dam</h1>
<p>The SDF captured the town of Tabqa from Islamic State on Wednesday after weeks of fighting, a spokesman said.</p>
<p>Engineers were checking the dam for damage.</p></article>
<footer>Copyright</footer></body></html>
"""

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>
"""

log_lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def record(self, status, sent):
        entry = {
            "path": self.path,
            "if_none_match": self.headers.get("If-None-Match"),
            "if_modified_since": self.headers.get("If-Modified-Since"),
            "accept_encoding": self.headers.get("Accept-Encoding"),
            "status": status,
            "bytes": sent,
            "time": time.time(),
        }
        with log_lock, open(sys.argv[2], "a") as f:
            f.write(json.dumps(entry) + "\n")

    def send(self, status, body=b"", headers=None):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)
        self.record(status, len(body))

    def do_GET(self):
        path = self.path
        if path == "/rss.xml":
            if self.headers.get("If-None-Match") == RSS_ETAG:
                return self.send(304, headers={"ETag": RSS_ETAG})
            body = RSS.encode()
            headers = {"ETag": RSS_ETAG, "Content-Type": "application/rss+xml"}
            if "gzip" in (self.headers.get("Accept-Encoding") or ""):
                body = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            return self.send(200, body, headers)
        if path == "/atom.xml":
            if self.headers.get("If-Modified-Since") == ATOM_MODIFIED:
                return self.send(304)
            return self.send(200, ATOM.encode(), {"Last-Modified": ATOM_MODIFIED, "Content-Type": "application/atom+xml"})
        if path == "/summary.xml":
            return self.send(200, SUMMARY.encode(), {"Content-Type": "application/rss+xml"})
        if path.startswith("/article/"):
            return self.send(200, ARTICLE.encode(), {"Content-Type": "text/html; charset=utf-8"})
        if path == "/error":
            return self.send(500, b"internal error")
        if path == "/slow":
            time.sleep(5)
            return self.send(200, RSS.encode())
        if path == "/loop":
            return self.send(302, headers={"Location": "/loop"})
        if path == "/laughs":
            return self.send(200, LAUGHS.encode(), {"Content-Type": "application/xml"})
        if path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"<rss>" + b"a" * (1024 * 1024 - 5)
            sent = 0
            try:
                for _ in range(100):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sent += len(chunk)
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return self.record(200, sent)
        return self.send(404, b"not found")


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    import os
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    server.serve_forever()


if __name__ == "__main__":
    main()

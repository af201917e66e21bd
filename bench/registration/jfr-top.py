#!/usr/bin/env python3
"""Where the CPU went in a Java Flight Recording (jdk.ExecutionSample events).

  python3 bench/registration/jfr-top.py /tmp/warm.jfr [top-n]

Prints, over all samples of all threads: samples by thread and outermost Sirakor frame (which
work took the CPU: request threads, the mail outbox, the registration writer…), the top methods by
self samples (the frame on top), and the share of samples that had a frame of each library or part of Sirakor anywhere on the stack
(inclusive: one sample counts for every part it passes through, so the column does not sum to 100).
"""
import collections, re, subprocess, sys

jfr, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", jfr],
                      capture_output=True, text=True, check=True).stdout
PARTS = [
    ("Sirakor registration (id.sirakor.registration)", r"^id\.sirakor\.registration\."),
    ("Sirakor other (id.sirakor.*)", r"^id\.sirakor\.(?!registration\.)"),
    ("Hibernate ORM", r"^org\.hibernate\."),
    ("MySQL Connector/J", r"^com\.mysql\."),
    ("JDBC pool (IronJacamar)", r"^org\.jboss\.jca\.|^org\.jboss\.as\.connector\."),
    ("RESTEasy (JAX-RS)", r"^org\.jboss\.resteasy\."),
    ("JSON (Yasson/Parsson/Jackson)", r"^org\.eclipse\.yasson\.|^org\.eclipse\.parsson\.|^com\.fasterxml\."),
    ("Bean Validation (Hibernate Validator)", r"^org\.hibernate\.validator\."),
    ("Weld (CDI)", r"^org\.jboss\.weld\."),
    ("Transactions (Narayana)", r"^com\.arjuna\.|^org\.jboss\.narayana\.|^org\.wildfly\.transaction\."),
    ("Undertow / XNIO (HTTP)", r"^io\.undertow\.|^org\.xnio\."),
    ("Elytron (security)", r"^org\.wildfly\.security\."),
    ("JCE crypto (AES, HMAC, SHA)", r"^javax\.crypto\.|^com\.sun\.crypto\.|^sun\.security\."),
    ("Socket I/O (JDK)", r"^sun\.nio\.ch\.|^java\.net\.|^java\.io\.SocketInputStream|^sun\.nio\.cs"),
]
parts = [(name, re.compile(rx)) for name, rx in PARTS]
samples = 0
self_count = collections.Counter()
incl = collections.Counter()
where = collections.Counter()
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>]+)\(", event.split("stackTrace = [", 1)[-1], re.M)
    if not frames:
        continue
    samples += 1
    self_count[frames[0]] += 1
    thread = re.search(r'sampledThread = "([^"]+)"', event)
    ours = [f for f in frames if f.startswith("id.sirakor.") and "Weld" not in f and "Proxy" not in f]
    where[(re.sub(r"\d+", "N", thread.group(1)) if thread else "?", ours[-1] if ours else "-")] += 1
    for name, rx in parts:
        if any(rx.search(f) for f in frames):
            incl[name] += 1
print(f"{samples} samples")
print(f"\n| part (inclusive) | samples | share |\n|---|---|---|")
for name, _ in PARTS:
    print(f"| {name} | {incl[name]} | {100 * incl[name] / max(samples, 1):.0f} % |")
print(f"\n| thread | outermost Sirakor frame | samples | share |\n|---|---|---|---|")
for (t, f), n in where.most_common(top):
    print(f"| {t} | `{f}` | {n} | {100 * n / samples:.1f} % |")
print(f"\n| method (self) | samples | share |\n|---|---|---|")
for m, n in self_count.most_common(top):
    print(f"| `{m}` | {n} | {100 * n / samples:.1f} % |")

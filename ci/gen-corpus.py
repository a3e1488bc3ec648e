#!/usr/bin/env python3
"""Deterministic benchmark data for ci/bench: UN-resolution-style Chinese drafts with planted
term defects, and synthetic glossaries of a given size (unlint YAML and an equivalent prh YAML).

  gen-corpus.py draft SIZE_BYTES OUT.txt         # one large draft; prints the planted term count
  gen-corpus.py drafts COUNT SIZE_BYTES OUT_DIR  # COUNT drafts of about SIZE_BYTES each
  gen-corpus.py glossary CONCEPTS OUT.yaml OUT_PRH.yml
"""
import os
import random
import sys

PREAMBLE = ["重申", "回顾", "又回顾", "认识到", "注意到", "强调", "确认", "深为关切", "欢迎", "铭记"]
OPERATIVE = ["决定", "请", "又请", "吁请", "促请", "敦促", "鼓励", "重申", "邀请", "表示注意到"]
PHRASES = [
    "按照《联合国宪章》的宗旨和原则促进国际合作",
    "加强会员国之间在人权领域的真诚合作",
    "人权理事会第四十四届会议",
    "大会 2015 年 9 月 25 日第 70/1 号决议",
    "可持续发展目标和《2030 年可持续发展议程》",
    "普遍定期审议作为促进加强人权领域国际合作的重要机制",
    "联合国人权事务高级专员办事处(人权高专办)",
    "向发展中国家提供技术援助和能力建设",
    "民间社会和所有利益攸关方的参与",
    "见 A/HRC/44/28 号文件",
    "南南合作、三角合作和南北合作",
    "消除一切形式种族歧视和一切形式的宗教不容忍",
    "冠状病毒病(COVID-19)大流行的空前影响",
    "特别程序任务负责人和条约机构",
    "境内流离失所者和土著人民的权利",
]
# (variant, official) pairs that the bundled glossary knows: the planted defects.
PLANTED = [
    ("普遍定期审查", "普遍定期审议"), ("利益相关方", "利益攸关方"), ("公民社会", "民间社会"),
    ("技术协助", "技术援助"), ("能力构建", "能力建设"), ("永续发展目标", "可持续发展目标"),
    ("国内流离失所者", "境内流离失所者"), ("特别报告人", "特别报告员"), ("原住民", "土著人民"),
    ("单方面胁迫性措施", "单方面强制性措施"),
]


def paragraph(rng, n, operative, planted):
    parts = [rng.choice(PHRASES) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.3:
        variant, _ = rng.choice(PLANTED)
        parts.insert(rng.randrange(len(parts) + 1), "包括" + variant)
        planted[0] += 1
    verb = rng.choice(OPERATIVE if operative else PREAMBLE)
    body = "，".join(parts)
    # PDF-like wrapping: a line break inside the paragraph every ~38 characters.
    text = verb + body + ("；" if operative else "，")
    lines = [text[i:i + 38] for i in range(0, len(text), 38)]
    para = "\n\n".join(lines)
    return (f" {n}. " if operative else " ") + para + " \n\n"


def draft(rng, size):
    planted = [0]
    out = [" 人权理事会 \n\n第四十四届会议 \n\n 44/… 加强人权领域的国际合作 \n\n 人权理事会， \n\n"]
    total = sum(len(s.encode()) for s in out)
    n, operative = 1, False
    while total < size:
        if not operative and rng.random() < 0.1:
            operative = True
        p = paragraph(rng, n, operative, planted)
        if operative:
            n += 1
        out.append(p)
        total += len(p.encode())
    return "".join(out), planted[0]


def glossary(count):
    rng = random.Random(count)
    han = [chr(c) for c in range(0x4E00, 0x9FA5)]
    lines = ["glossary:\n  name: synthetic\n", "concepts:\n"]
    prh = ["version: 1\nrules:\n"]
    seen = set()
    for i in range(count):
        while True:
            official = "".join(rng.choice(han) for _ in range(rng.randint(3, 6)))
            variant = official[:-1] + rng.choice(han)
            if official not in seen and variant not in seen and variant != official:
                break
        seen.update((official, variant))
        lines.append(f"  - id: c{i}\n    official: {official}\n    en: concept {i}\n"
                     f"    source: synthetic\n    variants: [{{form: {variant}, kind: non-un}}]\n")
        prh.append(f"  - expected: {official}\n    pattern: {variant}\n")
    # The real planted pairs, so every tool is asked to find the same defects.
    for variant, official in PLANTED:
        prh.append(f"  - expected: {official}\n    pattern: {variant}\n")
    return "".join(lines), "".join(prh)


def main():
    cmd = sys.argv[1]
    if cmd == "draft":
        size, out = int(sys.argv[2]), sys.argv[3]
        text, planted = draft(random.Random(size), size)
        open(out, "w", encoding="utf-8").write(text)
        print(planted)
    elif cmd == "drafts":
        count, size, out = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
        os.makedirs(out, exist_ok=True)
        rng = random.Random(count * 7 + size)
        total = 0
        for i in range(count):
            text, planted = draft(rng, size)
            total += planted
            open(os.path.join(out, f"draft-{i:05d}.txt"), "w", encoding="utf-8").write(text)
        print(total)
    elif cmd == "glossary":
        count, out, prh_out = int(sys.argv[2]), sys.argv[3], sys.argv[4]
        yaml_text, prh_text = glossary(count)
        open(out, "w", encoding="utf-8").write(yaml_text)
        open(prh_out, "w", encoding="utf-8").write(prh_text)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()

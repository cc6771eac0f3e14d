"""Seeded, stratified passage selection (documented in the README)."""
import json, random, re
CORPUS = '/work/shared/corpus-extra/'
RANGES = {  # section ranges (document offsets) read off the headings: year review, five-year review, plan
 '天津市': {'year': (188, 4697), 'five': (4697, 6513), 'plan': (6691, 16821)},
 '山东省': {'year': (178, 4242), 'five': (4242, 7215), 'plan': (7380, 18528)},
 '山西省': {'five': (201, 2902), 'year': (2902, 4862), 'plan': (5528, 17776)},
 '广东省': {'year': (123, 4011), 'five': (4011, 7489), 'plan': (7813, 28146)},
 '江西省': {'year': (207, 2771), 'five': (2771, 5551), 'plan': (5982, 17981)},
 '河北省': {'five': (199, 2427), 'year': (2427, 2751), 'plan': (3307, 9722)},
 '海南省': {'year': (122, 2865), 'five': (2865, 9470), 'plan': (9798, 22959)},
 '青海省': {'year': (147, 5821), 'five': (5821, 7520), 'plan': (7802, 18054)},
 '上海市': {'year': (172, 6565), 'five': (6953, 7672), 'plan': (7672, 19485)},
 '内蒙古自治区': {'five': (220, 2584), 'year': (2584, 3664), 'plan': (4037, 14763)},
 '北京市': {'year': (188, 5133), 'five': (5436, 6457), 'plan': (6457, 15931)},
 '宁夏回族自治区': {'year': (296, 6782), 'five': (6782, 9451), 'plan': (9875, 21823)},
 '安徽省': {'year': (175, 3994), 'five': (4817, 7217), 'plan': (8584, 22220)},
 '河南省': {'five': (182, 1857), 'year': (1857, 3419), 'plan': (4043, 13246)},
 '福建省': {'year': (160, 5370), 'five': (5592, 7209), 'plan': (8028, 20312)},
}
BOILER = re.compile(r'(根本在于|清醒认识|清醒地看到|政府自身建设|^各位代表)')
CUE = re.compile(r'(项目|工程|铁路|高铁|高速|机场|港|水库|枢纽|电站|基地|开工|建成|投产|投运|竣工|通车)')

def units(text, lo, hi):
    yield from _units(text, lo, hi)
    # consecutive short paragraphs (< 250) merged until the passage reaches 300 characters
    spans = []
    pos = 0
    for line in text.split('\n'):
        s, e = pos, pos + len(line)
        pos = e + 1
        if s >= lo and e <= hi and line.strip():
            spans.append((s + len(line) - len(line.lstrip(' \u3000\t')), s + len(line.rstrip(' \u3000\t\r'))))
    i = 0
    while i < len(spans):
        if spans[i][1] - spans[i][0] >= 250: i += 1; continue
        j = i
        while j + 1 < len(spans) and spans[j][1] - spans[i][0] < 300 and spans[j+1][1] - spans[j+1][0] < 250:
            j += 1
        if 300 <= spans[j][1] - spans[i][0] <= 900:
            yield (spans[i][0], spans[j][1])
        i = j + 1

def _units(text, lo, hi):
    pos = 0
    for line in text.split('\n'):
        s, e = pos, pos + len(line)
        pos = e + 1
        if s < lo or e > hi:
            continue
        # strip indentation / trailing blanks
        while s < e and text[s] in ' \u3000\t': s += 1
        while e > s and text[e-1] in ' \u3000\t\r': e -= 1
        n = e - s
        if 250 <= n <= 900:
            yield (s, e)
        elif n > 900:  # greedy windows of whole sentences, at most 700 chars
            sents = [m.end() for m in re.finditer('。', text[s:e])]
            a = s
            last = s
            for b in sents:
                b += s
                if b - a > 700:
                    if last - a >= 250: yield (a, last)
                    a = last
                last = b
            if e - a >= 250 and e - a <= 900: yield (a, e)

out = []
for doc, rngs in RANGES.items():
    text = open(CORPUS + doc + '.txt', encoding='utf-8').read()
    rnd = random.Random('gold-2026-' + doc)
    allu = [u for k in ('year', 'five', 'plan') for u in units(text, *rngs[k])]
    # project list: the unit with the most project cues (ties: first)
    pl = max(allu, key=lambda u: len(CUE.findall(text[u[0]:u[1]])))
    picks = {'projects': pl}
    for k in ('year', 'five', 'plan'):
        cands = [u for u in units(text, *rngs[k]) if not (u[0] < pl[1] and pl[0] < u[1])
                 and not BOILER.search(text[u[0]:u[1]][:60])]
        if not cands: print("EMPTY", doc, k); cands = list(units(text, *rngs[k]))
        picks[k] = rnd.choice(cands)
    for k, (s, e) in sorted(picks.items(), key=lambda kv: kv[1][0]):
        out.append({'doc': doc + '.txt', 'kind': k, 'start': s, 'end': e, 'text': text[s:e]})
json.dump(out, open('/tmp/gold/selected.json', 'w'), ensure_ascii=False, indent=0)
for o in out: print(o['doc'], o['kind'], o['start'], o['end'], o['end']-o['start'], o['text'][:30])

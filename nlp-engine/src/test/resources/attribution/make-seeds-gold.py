# Rebuilds seeds-gold.jsonl from the hand judgements below (python3, run from anywhere; reads /work/main/seeds).
# Each quote: a snippet that locates it, its kind, the speaker's full name as a reader would give it, and the role.
# Builds seeds-gold.jsonl from hand judgements: each quote located by a unique snippet of its content.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, '../../../../../seeds')
OPEN = '“‘"'
CLOSE = '”’"'
def marked(text, snippet, kind, speaker, description=None, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(snippet, i + 1)
    s = i
    while text[s - 1] not in OPEN: s -= 1
    s -= 1
    e = i + len(snippet)
    if text[s] in '“"':
        while text[e] not in '”"': e += 1
    else:
        while not (text[e] == '’' and not text[e + 1].isalpha()): e += 1
    e += 1
    return entry(text, s, e, kind, speaker, description)
def indirect(text, content, speaker, description=None):
    s = text.index(content)
    return entry(text, s, s + len(content), 'indirect', speaker, description)
TYPE = {'direct': 'direct', 'partial': 'mixed', 'indirect': 'indirect', 'term': 'term'}
def entry(text, s, e, kind, speaker, description):
    return {'text': text[s:e], 'start': s, 'end': e, 'speaker': speaker, 'type': TYPE[kind], 'kind': kind,
            'description': description}

a = open(SEEDS + '/000_6beca85ce06e4a01.txt', encoding='utf-8').read().replace('\r\n', '\n').replace('\r', '\n')
KMG = 'DPRK’s Ambassador and the chief negotiator'
qa = [
 marked(a, 'We don’t believe that the United States', 'direct', 'Kim Myong Gil', KMG),
 marked(a, 'A complete denuclearization of the Korean', 'direct', 'Kim Myong Gil', KMG),
 marked(a, 'first security guarantee and sanction lift', 'term', None),
 marked(a, 'We can move on to a full-scale', 'direct', 'Kim Myong Gil', KMG),
 indirect(a, 'the U.S. for imposing economic sanctions against North Korea for fifteen times, resuming joint military drills, which President Trump had publicly promised to stop, and threatening North Korea’s rights to survive and develop by deploying high-tech war equipments around them', 'Kim Myong Gil', KMG),
 indirect(a, 'if the U.S. wants to continue the talks for denuclearization, it must alleviate the sanctions, cease joint military exercises with South Korea, and stop selling high-tech weapons to the South', 'North Korea'),
 marked(a, 'partial denuclearization', 'term', None),
 marked(a, 'We do not need any more nuclear tests', 'direct', 'Kim Jong Un'),
 marked(a, 'to make every effort in the future', 'partial', 'the two governments'),
]
b = open(SEEDS + '/004_6e24b6c3a97ee8ce.txt', encoding='utf-8').read().replace('\r\n', '\n').replace('\r', '\n')
DM = 'retired special forces colonel and senior fellow at the Foundation for Defense of Democracies'
DS = 'retired senior U.S. diplomat in Seoul and Washington'
MO = 'State Department spokesperson'
ER = 'once headed the North Korean desk at the State Department and was number two U.S. diplomat in Seoul'
LE = 'professor of international relations at Ewha University in Seoul'
RS = 'North Korea’s party newspaper'
KMG2 = 'veteran diplomat who had negotiated with Americans in talks in the ’90s and then as ambassador to the United Nations'
qb = [
 marked(b, 'working-level', 'term', None),
 marked(b, 'Kim thought he could sucker us', 'direct', 'David Maxwell', DM),
 marked(b, 'We have to keep pushing Kim', 'direct', 'David Maxwell', DM),
 marked(b, 'helped Kim think he could get', 'partial', 'David Maxwell', DM),
 marked(b, 'We have no intention to hold such', 'direct', 'the statement'),
 marked(b, 'complete, verifiable, irreversible', 'term', None),
 marked(b, 'a substantial step to make complete', 'partial', 'the spokesperson'),
 marked(b, 'again fingers [points]', 'partial', 'the spokesperson'),
 marked(b, 'the dealings between the DPRK', 'direct', 'the spokesperson'),
 marked(b, 'the fate of the future DPRK-U.S.', 'direct', 'the statement'),
 indirect(b, 'the U.S. was accepting Sweden’s invitation to meet again in two weeks', 'Morgan Ortagus', MO),
 marked(b, 'The U.S. is spreading a completely', 'direct', 'the North Korean spokesperson'),
 marked(b, 'it is not likely at all', 'direct', 'the North Korean spokesperson'),
 marked(b, 'a new calculation method', 'partial', 'the North Koreans'),
 marked(b, 'calculation method', 'term', None, nth=1),
 marked(b, 'end-of-war', 'term', None),
 marked(b, 'The fundamental problem with Trump', 'direct', 'David Straub', DS),
 marked(b, 'As long as that’s the case', 'direct', 'David Straub', DS),
 marked(b, 'As with many of his other policies', 'direct', 'David Straub', DS),
 marked(b, 'but because he engages in fantasy', 'direct', 'David Straub', DS),
 marked(b, 'is mad at Pompeo', 'partial', 'David Straub', DS),
 marked(b, 'a very predictable collapse', 'partial', 'Evans Revere', ER),
 marked(b, 'appears to have been to take advantage', 'partial', 'Evans Revere', ER),
 marked(b, 'The U.S. brought creative ideas', 'direct', 'Morgan Ortagus', MO),
 marked(b, 'a number of new initiatives', 'partial', 'Morgan Ortagus', MO),
 indirect(b, 'such tests are not in violation of any understanding reached with Kim at their first summit in Singapore last year', 'Donald Trump', 'President'),
 marked(b, 'time bomb', 'partial', 'Rodong Sinmun', RS),
 marked(b, 'most fearful dagger', 'partial', 'Rodong Sinmun', RS),
 indirect(b, 'Kim had agreed on working-level talks to bring about a real deal on the basis of their summit in Singapore', 'Donald Trump', 'President'),
 marked(b, 'The Kim regime may misperceive', 'direct', 'Leif-Eric Easley', LE),
 marked(b, 'but a lesson from Hanoi', 'direct', 'Leif-Eric Easley', LE),
 marked(b, 'not fulfilled our expectations', 'partial', 'Kim Myong Gil', KMG2),
]
with open(os.path.join(HERE, 'seeds-gold.jsonl'), 'w', encoding='utf-8') as out:
    for id_, text, quotes in [('000_6beca85ce06e4a01', a, qa), ('004_6e24b6c3a97ee8ce', b, qb)]:
        out.write(json.dumps({'id': id_, 'text': text, 'quotes': quotes}, ensure_ascii=False) + '\n')
for q in qa + qb:
    print(q['kind'][:4], q['start'], q['end'], repr(q['text'][:50]), '...', repr(q['text'][-12:]), '|', q['speaker'])

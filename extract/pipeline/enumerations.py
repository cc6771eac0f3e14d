"""``policykg_enumerations``: names typed by the list they stand in.

Many names have no head word of their own (维沃, 鹏瑞利, 春江明月); the text types them
through a classifier after a coordinated list (“A、B、C等46户专精特新企业”, “A、B等项目”),
through a cooperation frame (“促成A、B与C、D开展合作”), or through a labelled list
(“开工重点项目：A；B；C”, or any ；-list under a 专栏 whose title says 项目). Per GUIDE §3 a
bare company name in a project list stays an Enterprise, recognised by a company-style tail.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline import product_lines
from extract.pipeline.brand_words import brand_word
from extract.pipeline.candidates import add_candidate, doc_text, register_extensions
from extract.pipeline.carried_conjuncts import programme_list
from extract.pipeline.field_labels import labels_fields
from extract.pipeline.firm_lists import find_firm_lists
from extract.pipeline.kernel_kinds import find_kernel_kind_items
from extract.pipeline.lexicon import _segment, clause_opener, is_common_phrase, is_word_at, opens_clause
from extract.pipeline.list_kinds import MEASURE, member_kind, model_acronym, place_item, shared_kind
from extract.pipeline.mining import CLAUSE_TAGS, dictionary
from extract.pipeline.nested_lists import after_nested_list, joined_label
from extract.pipeline.placed_firms import placed_trade_name, placed_works
from extract.pipeline.project_list_firms import Typed, among_firms
from extract.pipeline.sector_siblings import among_sectors, unnamed_item
from extract.pipeline.trade_labels import trade_item
from extract.pipeline.works_kinds import CLASSIFIER, named_kind, works_kind

# A number in the label is the count of the items (等5个项目) unless a unit of measure follows
# it: in 等110千伏输变电工程 the 110 kV is what every item is (``list_kinds.MEASURE``)
COUNT = r"(?:(?!" + MEASURE + r")[\d.一二三四五六七八九十百千万余多]+(?:个|户|家|项|批|条|座|所|款|名)?)?"
LABEL_NUMBER = r"(?P<measure>" + MEASURE + r")?" + COUNT
CLASSIFIER_RE = re.compile(
    r"(?:等"
    + LABEL_NUMBER
    + r"|(?P<bare>(?<=[\u4e00-\u9fffA-Za-z0-9）)])[\d一二三四五六七八九十两]+(?:个|项|座)))"
    r"(?:一批)?(?P<modifier>[\u4e00-\u9fff“”]{0,12}?)(?P<classifier>企业|车企|公司|品牌|厂房|首店|门店|项目|工程)"
)
COUNTED_RE = re.compile(r"[\d一二三四五六七八九十百千万两余多]")  # a count of the items in a label
ENTERPRISE_CLASSIFIERS = {"企业", "车企", "公司", "品牌", "厂房", "首店", "门店"}
LIST_CLOSER, ONE_BATCH = "等", "(?:一批)?"  # closed: the list closer and a count of one batch
FIRM_CATEGORY_RULE = "firm_category"  # head_rules.jsonl: 企 (民企, 外企), 店 (酒店, 旗舰店): GUIDE §3
CATEGORY_MODIFIER_MAX = 4  # characters before 企 in a firm category (重点外企, 省属国企)


@functools.lru_cache(maxsize=8)
def _category_re(grammar: g.Grammar) -> re.Pattern[str] | None:
    """``等 [count] [一批] modifier 企`` not followed by 业 (等民企深化布局, 等多家省属国企): a list
    of firms closed by a category abbreviated with the GUIDE firm abbreviation of
    ``head_rules.jsonl``, or by a kind of hotel or store (等商务酒店, 等一批旗舰店: GUIDE §3 makes
    them businesses); ``等…企业`` stays ``CLASSIFIER_RE``'s. The groups are the same."""
    rules = grammar.lexicon.get("head_rules.jsonl", ())
    heads = [r["head"] for r in rules if r.get("rule_kind") == FIRM_CATEGORY_RULE]
    kernel = _firm_kernel(grammar)
    if not heads or kernel is None:
        return None
    alternation = "|".join(map(re.escape, heads))
    # the rest of the full kernel after its abbreviation (企|业) is CLASSIFIER_RE's 企业
    rest = "|".join(re.escape(kernel[len(h) :]) for h in heads if kernel.startswith(h) and kernel != h)
    return re.compile(
        LIST_CLOSER
        + LABEL_NUMBER
        + r"(?P<bare>(?!))?"
        + ONE_BATCH
        + r"(?P<modifier>[\u4e00-\u9fff]{1,"
        + str(CATEGORY_MODIFIER_MAX)
        + r"}?)"
        + r"(?P<classifier>"
        + alternation
        + r")"
        + (r"(?!" + rest + r")" if rest else "")
    )


def _firm_kernel(grammar: g.Grammar) -> str | None:
    """The GUIDE §3 firm kernel (企业: ``head_rules.jsonl``, rule kind ``firm_title``)."""
    rules = grammar.lexicon.get("head_rules.jsonl", ())
    return next((r["head"] for r in rules if r.get("rule_kind") == "firm_title"), None)


def _list_labels(text: str, grammar: g.Grammar) -> list[tuple[re.Match[str], str]]:
    """The list labels of ``text`` with their classifier, in text order: ``CLASSIFIER_RE``'s, and
    the firm categories of ``_category_re`` read as the firm kernel (企业)."""
    found = [(m, m.group("classifier")) for m in CLASSIFIER_RE.finditer(text)]
    category = _category_re(grammar)
    if category is not None:
        taken = {m.start() for m, _ in found}
        kernel = _firm_kernel(grammar) or ""
        found += [(m, kernel) for m in category.finditer(text) if m.start() not in taken]
    return sorted(found, key=lambda f: f[0].start())


# company-style tails: a name ending so in a project list is the company, not a project
COMPANY_TAIL_RE = re.compile(
    r"(?:科技|实业|药业|制药|电子|电器|电装|电气|机床|轴承|电缆|检测|集团|公司|资本|控股|股份|光电|互联|"
    r"物联网|网络|信息|软件|环境|能源|新材料|汽车|汽配|机电|生鲜|物流|传媒|食品|精工|智造|环保|电商|动力|"
    r"时代|银行|证券|保险|生态)$"
)
COOPERATION_RE = re.compile(
    r"与([^，。；：,;\s与和（）()、]{2,16}(?:、[^，。；：,;\s与和（）()、]{2,16})*)(?:开展|达成|深化|签订|签署)"
)
# adverbs and frames between a partner and its verb (与A共同开展, 与A在养老服务领域开展): the
# partner ends before them
PARTNER_END_RE = re.compile(r"共同|全面|定期|深入|进一步|持续|广泛|务实|积极|就|在|同城化")
# kinds of brands (产业品牌, 区域公用品牌, 专业品牌展会): the items are sectors, products or events
BRAND_KIND_AFTER_RE = re.compile(r"活动|赛事|展会|效应|影响|宣传|推介|服务")
# a bare 品牌 label that closes its clause (做强甲、乙等品牌。): the list is the object of brand
# work, the public brands of a place, product or trade; a list of firms' brands runs on into
# what the brands sell (甲、乙等品牌新车型: GUIDE §3 types those brands Enterprise)
BRAND_CLOSES_RE = re.compile(r"[，。；、,;\n]|$")
LIST_LINE_RE = re.compile(r"^[ \t]*(?:\[[^\]\n]*\][ \t]*)?([^\n：:；]{0,40})[：:]([^\n]*；[^\n]*)$", re.M)
COLUMN_RE = re.compile(r"专栏[^\n]{0,40}")
CLAUSE_RE = re.compile(r"(?:加快|推进|推动|积极|开展|加强|建立|打造|实施|深化|持续|全面|大力)")
ARTEFACT_RE = re.compile(r"\[[^\]\n]*\]")


def item_type(item: str, classifier: str, grammar: g.Grammar | None = None, kind: str | None = None) -> str:
    """Enterprise for firms, Project for the rest (GUIDE §3: every item of a project list is
    a Project, but a bare company name stays Enterprise). A firm is recognised by a company
    tail, or as a short proper name with no head word (奥特斯, 日本AFC, 德佑): a project
    without a head word is named by a description of what is built, which takes more words.
    ``kind`` is the type of a head word the list shares (A、B等水电站项目: ``list_kinds``); it
    types the items that have no company tail of their own."""
    gr = grammar or g.default_grammar()
    if classifier in ENTERPRISE_CLASSIFIERS:
        return "Enterprise"
    if gr.head_re.search(item) or item[-1] in FACILITY_ENDS:
        return "Project"
    if classifier in _project_classifiers() and product_line(item, gr):
        return "Project"  # 燕山石化|绿色新材料 等重点项目: a firm's or place's product line (GUIDE §9)
    if COMPANY_TAIL_RE.search(item):
        return "Enterprise"
    if kind is not None:
        return kind  # 旭龙、古水等水电站项目: stations, not firms
    if place_item(item) or placed_works(item, gr):
        return "Project"  # 南山、明月山生态修复…等工程, 巴南粮食仓储: the place's works (placed_firms)
    if len(LATIN_RE.sub("", item)) <= BARE_FIRM_MAX and not is_common_phrase(item):
        return "Enterprise"
    if placed_trade_name(item, gr):
        return "Enterprise"  # 东营|富海: a home place and a coined trade name (placed_firms)
    return "Project"


def typed_by_default(item: str, classifier: str, grammar: g.Grammar, kind: str | None = None) -> bool:
    """Does ``item_type`` call ``item`` a Project only because nothing else held: no head word,
    facility end, product line, company tail, shared kind, place or short proper name
    (``project_list_firms`` reads such items by their siblings)?"""
    if classifier in ENTERPRISE_CLASSIFIERS or grammar.head_re.search(item) or item[-1] in FACILITY_ENDS:
        return False
    if classifier in _project_classifiers() and product_line(item, grammar):
        return False
    if COMPANY_TAIL_RE.search(item) or kind is not None or place_item(item) or placed_works(item, grammar):
        return False
    return item_type(item, classifier, grammar, kind) == "Project"


def product_line(item: str, grammar: g.Grammar | None = None) -> bool:
    """Is a listed project item a firm's or a place's product line (燕山石化|绿色新材料,
    三一重能|风电整机, 巴斯夫|MDI)? GUIDE §9 makes a project named with a company or city prefix one
    Project span; a bare company name keeps only a one-word company tail (欧陆|电子, 邦普|时代) and
    stays Enterprise. The test, with its mined product vocabulary, is ``product_lines``."""
    return product_lines.product_line(item, grammar or g.default_grammar())


# last characters of facilities, which common words still name one of (邮件处理中心, 粮食储备库)
RANKING_RE = re.compile(r"\d+强$")
FACILITY_ENDS = frozenset("心站馆院所园港场厂楼库局室城廊桥路线")


LATIN_RE = re.compile(r"[A-Za-z0-9]+")
BARE_FIRM_MAX = 3  # Han characters of a bare firm name (德佑, 奥特斯; 天池准东 is a project)


def _programme_list(text: str, items: list[tuple[int, int]], modifier: str, head: str, gr: g.Grammar) -> bool:
    """``carried_conjuncts.programme_list`` with the name finder's works words (imported late:
    ``names`` imports the finders' modules)."""
    from extract.pipeline.names import WORKS_RE

    return programme_list(text, items, modifier, head, gr, WORKS_RE)


@functools.cache
def _project_classifiers() -> tuple[str, ...]:
    """The classifiers of a project list (项目, 工程: ``extract.coordination.GENERIC_HEADS``),
    imported on the first call only: ``extract.coordination`` imports this module."""
    from extract.coordination import GENERIC_HEADS

    return GENERIC_HEADS


def labels_facilities(text: str, label_start: int, label_end: int, classifier: str) -> bool:
    """Does the label after 等 open with a Project head of the grammar (等|水电站和…项目), within
    the reach ``extract.coordination`` gives a shared Project suffix, inside the label's modifier
    (``label_start``–``label_end``, before the classifier: 等5个|项目 has none)? Then the list's items are
    facilities of that kind named by their own short names (GUIDE §2.2 shared suffix), not the
    bare company names GUIDE §3 keeps Enterprise in a list of 项目; an enterprise classifier
    (等企业) still types firms."""
    if classifier in ENTERPRISE_CLASSIFIERS:
        return False  # before the import below: an import statement costs its lookups on every call
    from extract.coordination import LIST_MODIFIER_MAX, _head_run

    run = _head_run(text, label_start, LIST_MODIFIER_MAX["Project"])
    return run is not None and run[2] == "Project" and run[1] <= label_end


def bare_tail(item: str) -> bool:
    """Is ``item`` only a company-style tail (光电, 科技, left where the scan cut a firm's stem
    off as a verb: 启明|光电)? A tail says what a firm does, never which firm it is."""
    m = COMPANY_TAIL_RE.search(item)
    return m is not None and m.start() == 0


def _sector(item: str, grammar: g.Grammar) -> bool:
    """An everyday noun phrase with no head word and no company-style tail (家具, 国际物流,
    新能源汽车): a sector or product class standing in a list, not a name. 树根互联 (a company
    tail) and 邮件处理中心 (a head word) stay names however common their words are. An empty
    cut is no sector: the caller keeps its own decision (``item[-1]`` raised on it)."""
    if not item:
        return False
    if RANKING_RE.search(item):
        return True  # 世界500强, 中国500强: rankings
    if item in grammar.generic_terms:
        return True  # 生物医药, 人工智能: in most reports, so a sector, not a name
    if COMPANY_TAIL_RE.search(item) or grammar.head_re.search(item) or item[-1] in FACILITY_ENDS:
        return False
    return is_common_phrase(item)


def walk_items(
    text: str, end: int, grammar: g.Grammar, limit: int = 30, projects: bool = False
) -> list[tuple[int, int]]:
    """The 、-separated items ending at ``end``, last one first; the first item is trimmed
    (in a list of projects, ``projects``, not down to a generic word: ``_subject_start``)."""
    items: list[tuple[int, int]] = []
    pos = end
    while len(items) < limit:
        s = g.scan_left(text, pos, limit=30)
        if s >= pos:
            break
        nested = after_nested_list(text, s, pos)
        if nested is not None:  # B等在区高校及C: the list starts after the conjunction
            if pos - nested >= 2:
                items.append((nested, pos))
            break
        if s > 0 and text[s - 1] == "、":
            items.append((s, pos))
            pos = s - 1
            continue
        start = grammar.name_start(text, pos, floor=s, min_body=2)
        while opens_clause(text[start:pos]) and pos - start - len(clause_opener(text[start:pos])) >= 2:
            start += len(clause_opener(text[start:pos]))  # 促成青雀: a verb the stop list lacks
        if projects and start > s:
            start = _subject_start(text, s, start, pos, grammar)  # 巴斯夫|核心|装置: one name
        if pos - start >= 2:
            items.append((start, pos))
        break
    return items


def _subject_start(text: str, floor: int, start: int, end: int, grammar: g.Grammar) -> int:
    """Where the first item of a list begins when the left scan's cut ``start`` leaves a
    generic word or a sector (巴斯夫核心|装置 → 装置, which the finder would drop): right after
    the last clause word (jieba's verbs, adverbs and function words, ``mining.CLAUSE_TAGS``)
    between ``floor`` and the cut, or at ``floor`` when there is none. A stop word the scan cut
    at between that point and the item (核心, a noun) is inside the first name; a verb
    (推进|澄湾…) is not. Unchanged (``start``) when the cut item is a name, or when the wider
    item would open with a stop word or a clause word."""
    item = text[start:end]
    if not (g.is_generic(item, strict=False) or _sector(item, grammar)):
        return start
    tags = dictionary()
    wider, pos = floor, floor
    for w in _segment(text[floor:start]):
        pos += len(w)
        if tags.get(w, (0, ""))[1] in CLAUSE_TAGS:
            wider = pos
    if wider >= start or grammar.stop_at(text, wider, end) is not None or opens_clause(text[wider:end]):
        return start
    return wider


VERB_TAG = "v"  # jieba's plain verb tag
OBJECT_MIN = 2  # characters after a verb in a label that make them its object (入选|国家级中小)


def _verb_with_object(modifier: str) -> bool:
    """Does a firm label's modifier hold a verb with words of its own after it (等X|入选|国家级
    中小企业, 等X|集聚|专精特新企业)? Then the classifier is that verb's object, which the clause
    says the items joined or drew, not the kind of the items: the list names sectors or clusters
    (GUIDE §3: sector clusters are untagged). A verb right before the classifier is the firms'
    own attribute (装备制造企业, 知名企业), and a preposition (在区龙头企业) is no verb."""
    plain = modifier.replace("“", "").replace("”", "")  # the words' offsets are into this
    words = _segment(plain) if plain else ()
    tags = dictionary()
    pos = 0
    for w in words:
        pos += len(w)
        if tags.get(w, (0, ""))[1] == VERB_TAG and len(plain) - pos >= OBJECT_MIN:
            return True
    return False


def _counted(text: str, start: int, end: int) -> bool:
    """Does the label ``text[start:end]`` before its modifier count the items (等5个, 3个)? A count
    says the classifier is what the items are (GUIDE §3: every item of a list the text labels as
    projects, 等5个…增花添彩项目), even where a verb inside the modifier reads as a clause's."""
    return COUNTED_RE.search(text, start, end) is not None


def _relative(text: str, start: int, end: int, grammar: g.Grammar, char: str = "的") -> bool:
    """Does ``text[start:end]`` hold 的 as a word of its own (…相适应的A、B等企业: a relative
    clause, not a list of names)? Not inside a word with its neighbour (美的制冷, 美的通用).
    With ``char`` 和 it asks the same of the conjunction: 甲和乙 joins two items, 诺和诺德 is one
    firm's name, a word of the dictionary."""
    pos = text.find(char, start, end)
    while pos >= 0:
        if grammar.cuts(text, pos, pos + 1):
            return True
        pos = text.find(char, pos + 1, end)
    return False


class EnumerationFinder(g.UsesGrammar, Pipe):
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        gr = self.grammar
        labels = _list_labels(text, gr)
        for m, classifier in labels:
            modifier = m.group("modifier")
            if "的" in modifier:
                continue
            if not m.group("bare") and not is_word_at(text, m.start(), m.start() + 1):
                continue  # 依法平等保护民营企业: the best segmentation reads 平等, 等 marks no list
            count_from = m.end("measure") if m.group("measure") else m.start()
            if _verb_with_object(modifier) and (
                classifier in ENTERPRISE_CLASSIFIERS or not _counted(text, count_from, m.start("modifier"))
            ):
                # 等X|入选|国家级中小企业, 等方式|提高|建成项目: the classifier is a verb's object
                continue  # the items did something (or a noun closed the list): not the items' kind
            if joined_label(text, m.start("modifier"), m.end("modifier")):
                continue  # 等地区发展平台和企业: two kinds named at once, the items' is not said
            if classifier == "品牌" and (
                modifier or BRAND_KIND_AFTER_RE.match(text, m.end()) or BRAND_CLOSES_RE.match(text, m.end())
            ):
                continue  # 等区域品牌, 等品牌活动, 做强甲、乙等品牌。: kinds of brands, not firms
            listed = classifier in _project_classifiers() or classifier in ENTERPRISE_CLASSIFIERS
            if listed and labels_fields(modifier, gr):
                # 甲、乙等11个重点领域项目, 甲、乙等行业企业: the label names fields, the items are
                # sectors (mined field words: field_labels); GUIDE §3 tags neither
                continue
            items = walk_items(text, m.start(), gr, projects=classifier in _project_classifiers())
            if m.group("bare") and (len(items) < 2 or classifier not in ("项目", "工程")):
                continue  # without 等 only a 、-list before a count of projects is an enumeration
            if any(_relative(text, s, e - 1, gr) for s, e in items):
                continue
            programme = classifier == "工程" and _programme_list(text, items, modifier, classifier, gr)
            kind = shared_kind(modifier, gr) if classifier in ("项目", "工程") else None
            if kind is None and m.group("measure") and classifier in ("项目", "工程"):
                kind = "Project"  # 等110千伏输变电工程: items sized in a unit of measure are works
            everyday = [g.is_generic(text[s:e], strict=False) or _sector(text[s:e], gr) for s, e in items]
            # 联想 among named firms (等头部企业) is a firm's name, not a sector (brand_words)
            firm_label = classifier in ENTERPRISE_CLASSIFIERS
            brands = [
                firm_label and flag and brand_word(text[s:e], everyday, i, gr)
                for i, ((s, e), flag) in enumerate(zip(items, everyday, strict=True))
            ]
            typed: list[Typed] = []
            for i, (s, e) in enumerate(items):
                item = text[s:e]
                if (
                    g.is_generic(item, strict=False)
                    or len(item) > 30
                    or _relative(text, s, e, gr, "和")  # 甲和乙, but not 诺和诺德
                    or item.endswith("建设")
                    or (_sector(item, gr) and not brands[i])  # 家具、金属制品等产业: sectors, not names
                    or trade_item(item, gr)  # 物联网产业等…龙头企业: an industry by its trade (trade_labels)
                    or bare_tail(item)  # …光电等企业, where no wider name was found
                    or (classifier in ENTERPRISE_CLASSIFIERS and member_kind(item, classifier))  # 瞪羚企业等
                    # A总部、B基地等央企资源: a firm's facility keeps its head's type (GUIDE §3)
                    or (m.re is not CLASSIFIER_RE and (gr.head_re.search(item) or item[-1] in FACILITY_ENDS))
                ):
                    continue
                type_ = item_type(item, classifier, gr, kind)  # kind: 等4个片区…工程 (list_kinds)
                if type_ == "Enterprise" and not COMPANY_TAIL_RE.search(item) and among_sectors(everyday, i):
                    continue  # 城市管网、老旧改、城市公园等项目: of its siblings' kind (sector_siblings)
                if (
                    type_ == "Project"
                    and not programme
                    and among_sectors(everyday, i)
                    and typed_by_default(item, classifier, gr, kind)
                    and unnamed_item(item, gr)
                ):
                    continue  # 火箭、卫星制造、航天配套等重大项目: a kind like its siblings (sector_siblings)
                label = (m.start("modifier"), m.end("modifier"))
                if type_ == "Enterprise" and labels_facilities(text, *label, classifier):
                    type_ = "Project"  # 旭龙、古水等水电站和…项目: the items are power stations
                if type_ == "Enterprise" and classifier in ("项目", "工程") and model_acronym(item, text, gr):
                    type_ = "Project"  # 中梁山EOD等项目, where the report writes EOD项目 (list_kinds)
                if type_ == "Project" and programme:
                    type_ = "Program"  # 实施A、B等“十大工程”: programmes carried out (carried_conjuncts)
                default = type_ == "Project" and typed_by_default(item, classifier, gr, kind)
                typed.append(Typed(s, e, type_, default))
            if classifier in _project_classifiers():
                typed = among_firms(typed, text, gr)  # 引入甲乙智联、丙丁环保等项目: firms (GUIDE §3)
            # 大同至天津南等特高压工程: the kind of works the label names is each item's (works_kinds)
            kind_suffix = ""
            plain = not (m.group("measure") or g.DESCRIPTIVE_RE.search(text, m.start(), m.start("modifier")))
            if classifier == CLASSIFIER and plain and works_kind(modifier, gr):  # not 等一批…, 等110千伏…
                kind_suffix = modifier + classifier
            for t in typed:
                item = text[t.start : t.end]
                named = not kind_suffix or t.type != "Project" or named_kind(item, gr)
                add_candidate(doc, t.start, t.end, t.type, "enumeration", "" if named else item + kind_suffix)
        for m in COOPERATION_RE.finditer(text):
            right = m.group(1)
            pos = m.start(1)
            for part in right.split("、"):
                name = part
                if cut := PARTNER_END_RE.search(part, 2):
                    name = part[: cut.start()]  # 与某某公司共同开展: the partner ends at the adverb
                if (
                    len(name) >= 2
                    and "“" not in name
                    and not gr.stop_re.match(name)
                    and not g.is_generic(name, strict=False)
                    and not _sector(name, gr)
                ):
                    add_candidate(doc, pos, pos + len(name), "Enterprise", "cooperation")  # not 与有关市
                pos += len(part) + 1
            for s, e in walk_items(text, m.start(), gr):
                if not g.is_generic(text[s:e], strict=False) and not _sector(text[s:e], gr):
                    add_candidate(doc, s, e, "Enterprise", "cooperation")
        find_kernel_kind_items(doc, text, FACILITY_ENDS, gr)  # 复康路等道路80条 (kernel_kinds)
        self._lists(doc, text)
        find_firm_lists(doc, text, gr, {m.start() for m, _ in labels})  # A、费曼动力等一批“X”
        return doc

    def _lists(self, doc: Doc, text: str) -> None:
        columns = [(c.start(), c.group()) for c in COLUMN_RE.finditer(text)]
        for m in LIST_LINE_RE.finditer(text):
            label = m.group(1)
            title = next((t for s, t in reversed(columns) if s < m.start() and m.start() - s < 3000), "")
            if "项目" not in label and "项目" not in title:
                continue
            pos = m.start(2)
            for raw in m.group(2).split("；"):
                s = pos
                pos += len(raw) + 1
                art = ARTEFACT_RE.match(raw.strip())
                lead = len(raw) - len(raw.lstrip())
                s += lead + (art.end() if art else 0)
                item = text[s : s + len(raw) - lead - (art.end() if art else 0)].rstrip("。. \t")
                if 2 <= len(item) <= 60 and "，" not in item and not CLAUSE_RE.match(item):
                    add_candidate(doc, s, s + len(item), item_type(item, "项目", self.grammar), "list")


@Language.factory("policykg_enumerations", default_config={}, assigns=["doc.spans"])
def make_enumerations(nlp: Language, name: str) -> EnumerationFinder:
    return EnumerationFinder(nlp, name)

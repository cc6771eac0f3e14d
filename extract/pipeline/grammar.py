"""The grammar of open-class names: head words, stop words and the left-boundary scan.

Chinese policy prose writes names as a run of modifiers ending in a head word
(…隧道, …产业园, …研究院) right after a verb (推动, 加快, 建设…) or a function word (的, 和,
等…). So a name is found from its head: scan left over name characters, cut at the last
stop word that leaves a non-trivial body, and trim leading scope words and years. The lists
here are grammar (closed sets of heads, verbs and function words), never names of things.
"""

from __future__ import annotations

import re

# head word -> type. Longer heads are tried first (the alternation is sorted by length).
HEADS: dict[str, str] = {}


def _words(text: str) -> list[str]:
    return text.split()


def _heads(type_: str, words: str) -> None:
    for w in words.split():
        HEADS[w] = type_


_heads(
    "Project",
    "工程 项目 隧道 立交 大桥 高铁 铁路 高速公路 高速 快速路 大道 干道 连接道 专用线 复线 "
    "轨道交通 号线 延伸线 "
    "枢纽 工厂 灯塔工厂 超级工厂 数智工厂 生产线 车间 总部 总部基地 区域总部 生产基地 制造基地 研发生产基地 "
    "消防站 污水处理厂 水厂 水库 灌区 码头 跑道 改扩建 综合体 文旅小镇 小镇 街区 商城 安置房 加油站 "
    "中心广场 输变电工程 水利枢纽 智算中心 数据中心 体育中心 赛事中心 物流中心 分拨中心 校区 升级扩能 "
    "学校 锂铍矿 铅锌矿 煤制油 集成电路 动力电池 东站 西站 南站 北站 火车站 高铁站 保税仓",
)
_heads(
    "Platform",
    "产业园 科技园 软件园 园区 产业园区 科技园区 工业园区 示范园 产业基地 示范基地 创新基地 "
    "孵化基地 服务基地 集聚区 "
    "公共服务平台 服务平台 孵化平台 交易平台 经贸平台 创新平台 交易中心 服务中心 集结中心 运营中心 "
    "合作中心 集散中心 口岸 陆港区 法务区 保税区 综保区 综合保税区 经开区 高新区 经济技术开发区 "
    "经济开发区 高新技术产业开发区 自贸试验区 自由贸易试验区 联动创新区 开发开放试验区 航运中心 港 "
    "物流园 科学城 科技城 生物城 板块 机场 国际机场 重点开发开放试验区",
)
_heads(
    "Organization",
    "研究院 科学院 研究所 实验室 重点实验室 医院 中医院 总医院 人民医院 大学 学院 委员会 联盟 协会 "
    "商会 管委会",
)
_heads("Enterprise", "集团 有限公司 股份有限公司 公司")
_heads(
    "Program",
    "行动计划 行动方案 专项行动 行动 人才计划 计划 试点城市 试点 试验区 示范区 先行区 先导区 创新区 "
    "重点城区 生活节 消费季 购物节 文化节 科创赛 联赛 邀请赛 大赛 大走访 联动联建 双核联建 "
    "现代产业体系 产业体系 集群体系 政策体系 班列 航线 以旧换新",
)
_heads("Area", "片区 新城 商圈 核心区 生态带 城镇群 都市区 中心城区 主城区 槽谷 母城 生态之城")
_heads("Policy", "条例 工作要点 规划纲要 负面清单")
# heads of official designations: 国家 + generic words still names one (国家绿色产业示范基地)
DESIGNATION_HEADS = {"示范基地", "示范区", "试验区", "先导区", "先行区", "示范园", "创新区", "产业基地"}
# heads that are complete names by themselves (GUIDE §3 Area: 中心城区/主城区)
BARE_HEADS = {"中心城区", "主城区"}

# Verbs and function words a name never starts after (it may contain them, see the scan).
STOPS = _words(
    "筹建 新设 达到 更名 建强 高标准 左右 编制 探索 消除 审议 通过 提请 修订 获 建立 唯一 一个 健全 "
    "推动 推进 加快 加强 加大 加力 促进 促成 助力 实施 开展 完成 打造 建成 新建 续建 "
    "开工 新开工 竣工 完工 投用 投产 投运 启动 依托 发挥 支持 引进 引入 对接 深化 "
    "做好 建好 管好 守好 落实 贯彻 融入 参与 争创 创建 获批 获评 入选 纳入 承接 举办 承办 召开 设立 成立 "
    "组建 构建 培育 提升 优化 完善 用好 做优 做强 做大 壮大 拓展 迭代 谋划 申报 申建 "
    "推出 出台 制定 印发 发布 签订 签署 共建 提速 确保 力争 争取 实现 形成 成为 作为 "
    "包括 聚焦 围绕 加速 积极 深入 着力 大力 全力 全面 持续 建设 规划 布局 招引 落户 "
    "引导 鼓励 联合 合作 开行 运行 运营 开通 开辟 扩容 升级 高质量 高水平 一批 进一步 "
    "重点 推荐 指导 简称 地处 位于 暨 含 强化 整合 承担 导入 跟进 研判 巩固 夯实 "
    "抢抓 抓好 办好 盘活 释放 带动 吸引 统筹 联动 分别居 位居 居于 分别 指 是指 进行 "
    "落地 用于 保障 坚持 增强 更好 更加 不断 切实 努力 加紧 稳步 扎实 发行 上市 首条 "
    "首个 首家 首单 首批 的 和 与 等 在 为 将 是 把 对 向 从 及其 以及 其中 "
    "同时 并 或 了 如 借力 重塑 携手 力促 打好 丰富 "
)
STOP_RE = re.compile("|".join(sorted(map(re.escape, STOPS), key=len, reverse=True)))
# verbs of building: a park or base right after them is being built, so it is a Project (GUIDE §3)
BUILD_RE = re.compile(r"(?:开工建设|新开工|开工|续建|完工投用|竣工|启动建设)$")
# a body ending in these is a description of a generic object (招引项目, 共建项目, 资源换项目)
END_STOP_RE = re.compile(
    r"(?:的|和|与|等|在|为|对|向|从|由|并|或|重点|合作|共建|招引|匹配|换|资源|引进|签约|储备|落地|谋划|实施|"
    r"推进|推动|加快|新开工|开工|续建|建立|开展|首单|首个|首条|首家|首批)$"
)

# Leading words dropped from a name (GUIDE §2.5: scope words and years are left out).
LEAD_RE = re.compile(
    r"(?:全市|全区|全省|全国|全县|我区|我市|我省|本区|本市|区内|市内|首个|首家|首条|首批|首届|首单|新增|以|新一轮|"
    r"[\d一二三四五六七八九十百千万]+[余多](?:个|项|家|批|条)|"
    r"(?:19|20)\d\d(?:年度|年)?|年度|第[\d一二三四五六七八九十]+届|[（(][一二三四五六七八九十\d]+[)）]|一批|一个|一座|各类|相关|其他|多个|\d+个|\d+家|\d+户|\d+项|"
    r"[、，,]|等|和|与|及)+"
)

# A name body that is nothing but these words is generic (重大项目, 产业园区, 重点实验室).
GENERIC_RE = re.compile(
    r"^(?:重大|重点|统一|相关|配套|产业|各类|基础设施|建设|新建|续建|在建|储备|增量|存量|招商|技改|示范|"
    r"智能|数字|数字化|创新|现代|新型|国家级|市级|区级|省级|国家|综合|公共|服务|专项|大型|小型|全域|"
    r"民生|功能性|标志性|战略性|战略牵引性|一批|一|二|三|四|五|十|百|千|万|\d+|个|家|户|项|城市|社区|乡村|"
    r"农村|基层|工业|制造业|服务业|科技|高新技术|特色|优势|主导|新兴|未来|传统|骨干|龙头|领军|对外|承包|"
    r"合作|协作|协同|开放|改革|试点|试验|先行|示范性|重要|主要|其他|有关|工作|管理|平台|中心|体系|部分|"
    r"政策|行动|计划|发展|治理|生态|环境|保护|人才|企业|项目|工程|园区|基地|区域|地区|城乡|年度|系列|应用|"
    r"超|新|老|大|小|各|该|此|本|其|这些|若干|多|首|第|综合性|公用|路网|管网|交通|水利|能源|市政|教育|"
    r"医疗|文旅|物流|信息|贸易|条|绿色|智能制造|实际|三年|提质|机制|形象|零碳|卓越级|先进级|更多|外资|领域|优质|新质|"
    r"专门|中小|民办|公立|县级|及以上|实事|三级|二级|援助|高水平|上市|国有|控股|跨国|省属|型|亿元以上|万元以上|以上|开竣工|科研|内生|现代化|促消费|高能级|智慧|铁路|多式联运)*$"
)
# a body opening with these is a description, not a name (重大整车项目, 部分重大建设项目)
QUOTE_CHUNK_RE = re.compile(r"“[^”]*”")
AMOUNT_RE = re.compile(r"\d[\d.]*(?:亿|万)元|[\d一两二三四五六七八九十]+(?:个|家|户|项)")
DESCRIPTIVE_RE = re.compile(r"(?:重大|重点|一批|各类|部分|相关|其他|若干|一般|有关|这些|多个|主要)")

# Characters that can sit inside a name. Brackets and quotes are handled by the scan.
NAME_CHAR_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·∙\-+&＆—/]")
_NAME_EXTRA = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789·∙-+&＆—/")
OPEN_FOR = {"）": "（", ")": "(", "”": "“", "」": "「", "》": "《"}

# What may follow a name: punctuation or a verb/function word (never more name characters).
FOLLOW_RE = re.compile(
    r"(?:[\s，。；：、！？,.;:!?（(“”\"|》」)）]|$|第|事项|会议|精神|协同|成果|年度|品牌|新增|制度|政策|"
    r"等|和|与|及|的|为|在|是|建设|开工|完工|竣工|建成|投用|投产|"
    r"落地|签约|开业|运营|运行|加快|加速|启动|实现|持续|顺利|正式|全面|获批|入选|纳入|成为|成功|取得|达到|"
    r"完成|形象|揭牌|挂牌|封关|扩容|提质|拓展|发展|能级|项目|工程|一期|二期|三期|四期|招商|积极|有序|"
    r"已|将|被|落户|集聚|作用|综合|联动|带动|辐射|合作|创新|主阵地|进出口|货运量|吞吐量|集装箱|累计|"
    r"\d|年|共|之|和)"
)

# Right-hand qualifiers kept in a project name (GUIDE §2.4): （南岸段）, 一期, 二期, 一标段, B地块.
# characters that turn a head into a modifier: 工程师, 项目库, 平台企业, 园区内, 线上
BAD_FOLLOW = set("师库款额率量费化性型类者员部处内外上下中里企业群链网系制长路道站口营节点区")

QUALIFIER_RE = re.compile(
    r"(?:[（(][^（）()\n]{1,40}?(?:段|期|站|线|改造|校区|大厦|中心|基地)[)）]|[（(][一二三四五六七八九十\d]+期[)）]|"
    r"[一二三四五六七八九十\d]+期(?:工程|项目)?|[一二三四五六七八九十\d]+标段|[A-Z]地块|"
    r"(?<=[铁路速线])[\u4e00-\u9fff]{2}段)+"
)

HEAD_RE = re.compile("|".join(sorted(map(re.escape, HEADS), key=len, reverse=True)))

MAX_NAME = 40


def scan_left(text: str, pos: int, floor: int = 0, limit: int = MAX_NAME) -> int:
    """Leftmost offset of the run of name characters ending at ``pos``.

    Balanced （…） and “…” groups are part of the run (中国智谷（重庆）科技园, “两江四岸”核心区);
    anything else that is not a name character ends it.
    """
    i = pos
    lo = max(floor, pos - limit)
    while i > lo:
        c = text[i - 1]
        if c in OPEN_FOR:
            j = text.rfind(OPEN_FOR[c], lo, i - 1)
            if j < 0 or i - 1 - j > 16 or "\n" in text[j:i]:
                break
            i = j
            continue
        if "\u4e00" <= c <= "\u9fff" or c in _NAME_EXTRA:  # NAME_CHAR_RE, without a call per character
            i -= 1
            continue
        break
    return i


def name_start(text: str, head_start: int, floor: int = 0, min_body: int = 2) -> int:
    """Start of the name whose head begins at ``head_start``.

    The rightmost stop word that still leaves ``min_body`` characters before the head ends
    the left context; scope words and years at the front are then dropped.
    """
    lo = scan_left(text, head_start, floor)
    body = text[lo:head_start]
    cut = 0
    for m in STOP_RE.finditer(body):
        if len(body) - m.end() >= min_body:
            cut = m.end()
    start = lo + cut
    while True:
        lead = LEAD_RE.match(text, start, head_start) or STOP_RE.match(text, start, head_start)
        if not lead or lead.end() == start:
            break
        start = lead.end()
    # an opening bracket or quote left unbalanced at the front is not part of the name
    while start < head_start and text[start] in "（(“「":
        close = {"（": "）", "(": ")", "“": "”", "「": "」"}[text[start]]
        if text.find(close, start, head_start) < 0:
            start += 1
        else:
            break
    return start


def is_generic(body: str, strict: bool = True) -> bool:
    """Nothing but generic words, or a description opening (重大…) / a verb or 等 closing it.

    A quoted core does not make a body specific (“两重”项目, “小而美”民生项目): the quote
    is the program's name and the head after it a generic object.
    """
    unquoted = QUOTE_CHUNK_RE.sub("", body)
    if body.startswith("国家") and len(body) >= 4 and not GENERIC_RE.match(body[2:]):
        return False  # 国家数字经济创新发展试验区: an official designation (GUIDE §2.5)
    if GENERIC_RE.match(unquoted) or DESCRIPTIVE_RE.match(body) or AMOUNT_RE.search(body):
        return True
    return strict and bool(END_STOP_RE.search(body))


def follows_ok(text: str, end: int) -> bool:
    """A head is a name's end unless the next character glues it into a longer common noun."""
    if end >= len(text) or FOLLOW_RE.match(text, end) or STOP_RE.match(text, end):
        return True
    return text[end] not in BAD_FOLLOW

"""Failure class: the sessions' name readers on a long crafted document (hostile input).

Each session's new readers read a window around a hit or a list before it. One crafted run of
their shapes, repeated without a full stop (so the sentence splitter's cap is what bounds a
sentence), must stay linear: 1,600 units run under 30 s of the child's CPU time. Every name is
invented.

- thirteenth session: quote leads and chains, numbered packages, route ends, quote-cut names,
  kinds of works, object verbs, trade labels, firm rankings, town titles, pilot lists before a
  result, counted area kinds, provincial free trade zones, subject-predicate counts (160,000
  characters took 4.5 CPU s, the pipeline's load included);
- nineteenth session: campaign fronts sharing one kernel, events a host holds, firms opening for
  business, shares in tenths, crossing phrases, noun stop words between nouns, Party committees,
  series, named parks, per-capita measures;
- twentieth session: people's organisations in a labelled list, academy institutes written
  short, modifier conjuncts and an Area opening a shared-kernel conjunct, one item before 等 and
  a bare head, quoted mechanisms, counts after 各 and 其中, a plan's own indicator counts, ranges
  of counts, linkage zones, partner zones, shared programme works, a verb compound, a reach verb,
  a topic paragraph. A one-item list repeated on one page was quadratic (a rebuild of the held
  characters per dropped guess, a scan of every candidate per list): 800 units took 20.6 CPU s,
  1,600 units 43.6 s; after the fix 5.8 s and 8.5 s;
- twenty-first session: national rounds named by their ordinal, quoted campaigns chained before
  等活动, a division after a title verb read as a designation's level, abbreviated platform kinds,
  counted kinds of works (after a count, before 由 + a count, after a percentage), composed status
  phrases, a 建设-tailed designation after a governing verb, count changes whose noun follows each
  figure, verb-only counts, places added, reach counts in a plan, an opening stage verb, brand and
  field list labels.
- twenty-second session: sectors before one programme label, a kind of works after a route list,
  national names opened by a place, national scope and complements before names written bare,
  events opened by a place, county governments in full, composite heads after a carrying verb,
  everyday conjuncts in a labelled project list, count nouns with brackets.
- twenty-third session: quoted ways of working closed by 模式 and named series, level words before a
  kind or a place-led name, untitled policies listed beside a title and counts of documents, places
  listed before one measure, one act with two quantified objects, units with bracketed alternatives,
  a status adverb after a list and a line joined through.
- twenty-fourth session: a place between stray characters, sibling items before one shared measure,
  everyday words before a head, a clause verb opening a platform guess, a field word between a
  verb and a quote, actions counted by a label without 等, the own zone inside a role phrase,
  route kinds written with everyday words, centres named after a field of study, status adverbs
  that precede one stage verb.
- twenty-fifth session: list items that are kinds beside everyday siblings, platform kinds made of
  words many provinces write, designations closed by a kind of division, a rate named after the
  object of the clause before, region kinds confirmed by spread, status adverbs pooled over their
  frames, facility compounds of a one-character kernel, modifiers joined by a conjunction and
  terms a modifier opens.
- twenty-sixth session: programme names a report usually quotes written bare, stage verbs inside a
  carried noun phrase, a carrying verb before a quoted name, lengths of a kind of works, row labels
  and a tour's stops, brand words among named firms, partner verbs, exchange short forms, attributive
  platform kinds, route mileage and contests named by their sport.
- twenty-seventh session: corridors and hubs named by a role, platform kinds rated by output,
  pilot designations with an area kind, a place before a national designation, a division glued
  to the end of a name, policy titles closed by a compound kind word, counts named by the verb
  their items share and product lines listed after a clause that counts projects; plans closed by
  a compound kind, a strategy's own pilot designation, firms a level owns, a place and a coined
  trade name in a project list, a list's adverb-led act and a lone measure after a level; a place
  as an award's level, rates named by their act alone, route sections named by two ends and
  footnote marks inside names.
- twenty-eighth session: a city's zone of a national type whatever jieba tags its rest, a list's
  clause verb cut from its first works item, a count after a quoted kind, counts that each carry a
  level before one shared head, county designations a province creates, programme names opened by
  a verb whose objects are nearly all programmes, an area verb jieba tags as a noun, bare places
  sharing a functional-area kind, a county of another province read as a common word, a place
  inside the brackets of a longer name, programmes a glossary entry names and a road whose first
  syllable jieba splits off as a verb.
- twenty-ninth session: a strategy's progress opening a clause before a finished works, a rated class
  of works, a county name used as a common word, travel-time service circles in a list, a building
  kernel after a place, a worked area in 亩, a generic base of one field, a title kind closing a bare
  compound and a time word opening a name.
"""

from __future__ import annotations

import pytest

from tests.child_process import assert_runs_within

UNITS = {
    "thirteenth": (
        "实施山村“三片地”改革试点、货车企业“两上门三加强”行动和“四新”、“四量”工作，出台支持青禾产业发展18条措施，"
        "青禾大道至白鹭山公路至松溪高速，澄湾站“远帆”商务区，学校、医院、薄弱学校等项目，布局松溪石化、筹建青禾园区，"
        "电子信息产业、汽车产业等一批龙头企业，青禾远帆公司跻身中国企业500强，全国双拥模范城（县）、海绵城市、"
        "完整社区等国家试点成效明显，25个典型村片区，湖南自贸试验区，1.4万余家企业实施改造，"
    ),
    "nineteenth": (
        "统筹推进青空、澄水、净土提升攻坚战，办好第三届青禾文化节和青禾国际自行车赛，鑫泓智联、驭远环保开业运营，"
        "无人机产量占全国9成，惠民生、防风险，加快丙丁大宗商品骨干流通走廊建设，在中共青禾省委坚强领导下，"
        "建强用好青禾系列实验室，新建提升甲溪公园、乙湾湿地公园等公园，人均公园绿地面积达15平方米，"
    ),
    "twentieth": (
        "支持工会、共青团、妇联、残联、红十字会等群团组织更好发挥作用，中科院青禾煤化所在联合国总部亮相，"
        "实施涉钢、石化企业深度治理工程，启动青空治理、中心城区雨污合流治理攻坚行动，深入实施青禾出海等行动，"
        "健全“甲乙”联办、“丙丁”直通等机制，新建省重点实验室、省技术创新中心各20家，汽车保有量达到45万辆，"
        "其中新能源汽车12万辆，提出主要指标28个，其中预期性指标20个、约束性指标8个，新建2—3家研究院，"
        "支持建设自贸区联动创新区，与甲城高新区、乙城经开区合作，推进乡村医生能力提升工程，做实青禾科创中心，"
        "政策惠及居民120万户，"
    ),
    "twenty-first": (
        "完成第四次全国青禾普查，开展“青禾好物”“澄湾夜市”等促消费活动，3家企业入选青禾省制造业单项冠军企业，"
        "建设医保大数据平台和环保创新平台，中职学校由71所优化整合为47所，60%公办中小学校纳入集团化管理，"
        "建成甲溪学校、乙湾学校2所学校，青禾物流园建成运行，深化青禾自贸试验区建设，"
        "推动县中托管帮扶从15个县（市）扩大到57个县（市），新增普通高中学位2万个，强化12所，惠及超3万名学生，"
        "青禾医院开诊，做强绿铜、绿硅等品牌。推动软信、科学研究等行业企业发展，"
    ),
    "twenty-second": (
        "汽车、光伏、钢铁等产业提质升级行动成效明显，建设青禾至澄湾南等特高压工程，支持澄湾国家数据标注基地发展，"
        "落实国家城乡居民增收计划，建设好青禾国家文化公园（澄湾段），参加青禾市第七届运动会，受青禾市澄湾区人民政府委托，"
        "深化实施企业上市升级工程，甲园、国家药品和医疗器械审评检查青禾分中心等一批功能性项目，"
        "9个县（区）获评青禾生态示范基地，超5个县（市、区）开展幸福河湖建设，"
    ),
    "twenty-third": (
        "探索发展“甲乙直连”模式，推动“管委会+公司”模式实体化，办好“跟着青禾游澄湾”系列活动，"
        "支持有条件的地方创建国家级数据标注试点基地，建成国家级青禾省知识产权保护中心，"
        "争取青禾港口改革方案、澄湾物流实施方案，全国首张跨境服务贸易负面清单，"
        "青禾、澄湾地铁线网单日最高客运量分别达1409万、1305万人次，提升改造210公里农村公路和120万平方米村内道路，"
        "抵离口岸的交通工具达2813.8万辆（艘、架、列）次，青禾高铁全线贯通，甲乙等项目顺利建成投用，"
    ),
    "twenty-fourth": (
        "岚湖南苑天街开业，新能源汽车、智能家电、智能手机限上零售额分别增长12%、8%、5%，建设现代智慧政务综合体，"
        "抓实治理中心建设，深化文化“青禾”，实施清洁降碳、安全可靠、高效调节、智能运行四大专项行动，"
        "充分发挥自贸试验区开放平台引领作用，新开辟外贸航线20条，建成青禾脑与智能科学中心，"
        "有序改造供热管网128公里、燃气管网81公里，扎实推进澄湾水厂建设，"
    ),
    "twenty-fifth": (
        "推进智能制造、绿色低碳、数字经济等项目，建设区域性文旅公共服务综合平台，获评国家安全发展示范城市，"
        "开展涉企历史遗留问题攻坚行动，问题解决率达75%，打好澄湾库区危岩治理攻坚战，全面完成青禾水厂改造，"
        "建成青禾电厂、澄湾铅锌矿，开展居家和社区养老服务改革试点，长期护理保险制度试点扩面，"
    ),
    "twenty-sixth": (
        "依托甲科技、乙电子、麒麟、飞腾等头部企业，推进青禾排水管网建设质量整治专项行动，系统实施“青禾启航计划”，"
        "改造供热管网128公里，新改建农村公路320公里，与北屿大学共建青禾实验室，支持深交所、广期所服务青禾企业，"
        "建设区域性文旅公共服务综合平台，办好青禾马拉松，推进无废城市建设，举办圆桌会—青禾站活动，"
        "更新改造青禾路等道路80条，做好澄湾水资源配置工程（含甲乙水库扩建）前期工作，实施16处固废回填试点，"
        "\n    水厂项目：推进澄湾水厂扩建工程，"
    ),
    "twenty-seventh": (
        "建设青禾过江穿山对外通道和澄湾商贸型物流枢纽，打造千亿级产业园区，建设青禾文化示范片区，"
        "推进青禾国家农综区建设，澄湾经开区西区产业更新，制定“青禾”评价考核办法，355项事项实现跨省通办，"
        "一批新兴项目集聚成势，青岚石化绿色新材料、北岭电气等深化布局，编制青禾中长期发展规划，"
        "加快建设美丽中国先行区，整合村属公司，引入上海澄吉亚等21个项目，新培育甲乙企业32家、丙丁企业4家，"
        "粮食播种面积1200万亩、产量800万吨，油菜总产52亿斤，单产390斤、新增用海29万亩、用林地13万亩、"
        "建成示范型老年助餐点12个、甲滩锂矿、乙岭铅锌矿加快建设，获重庆市科学技术奖，提升12345热线服务，满意率95%，"
        "建成青澄高铁青禾至澄湾段，推进甲乙“五网合一”［20］示范项目，"
    ),
    "twenty-eighth": (
        "加快汕头、湛江临港经济区建设，紧盯青禾隧道、澄湾水库等重大项目，建设“口袋公园”40个以上，"
        "新建6个国家级、20个省级临床重点专科，加快学前教育普及普惠县、义务教育优质均衡发展县创建，"
        "开展打击非法集资两年专项行动，整体布局青禾东站站前片区，推进南湾、北岭片区更新，让老城区焕发新活力，"
        "建设东盟—中国（青禾）国际合作园区，名词解释：“青禾2653”行动：推进本质安全提升、风险分级管控，"
        "复康路等道路80条，"
    ),
    "twenty-ninth": (
        "青禾经济带建设顺利实施，澄湾大桥建成通车，建设市级步行街，让老城区焕发新活力，"
        "推进一刻钟、半小时、15分钟品质生活圈建设，建成青禾机场T2航站楼，完成营造林260万亩，"
        "打造二手车出口基地，落实青禾生态补偿实施意见，去年青禾大桥建成通车，"
    ),
}


@pytest.mark.parametrize("session", sorted(UNITS))
def test_a_long_run_of_a_sessions_shapes_stays_linear(session: str) -> None:
    script = (
        "from extract.document import from_text\n"
        "from extract.extractor import extract_documents\n"
        f"unit = {UNITS[session]!r}\n"
        "text = '一、总体情况\\n这是青禾大湾区建设纵深推进的五年。\\n' + unit * 1600 + '。\\n'\n"
        "doc = from_text(text, doc_id='crafted.txt')\n"
        "records = [r for _, rs in extract_documents([doc]) for r in rs]\n"
        "assert len(records) > 800\n"
    )
    assert_runs_within(script, 30)

#!/usr/bin/env python3
"""Write examples/gansu-14-illustrative.json and examples/gansu-2020-2025-illustrative.csv.

The names of Gansu Province's 14 prefecture-level divisions and 86 county-level divisions are facts (the
administrative divisions as they stood in 2021–2025); every figure is made up, and both files say so. The fiscal
S&T share targets follow the levels issue 13 quotes from the provincial plan (own-level 2.5 % for the province,
2 % for each city, 1 % for each county); their baselines and all reported figures are invented.
Run: python3 scripts/make-gansu-example.py && npx biome check --write examples (deterministic output)."""
import json, os

ROOT = os.path.join(os.path.dirname(__file__), "..")
CITIES = [
    ("lanzhou", "兰州市", "Lanzhou City", [
        ("chengguan", "城关区", "Chengguan District"), ("qilihe", "七里河区", "Qilihe District"),
        ("xigu", "西固区", "Xigu District"), ("anning", "安宁区", "Anning District"),
        ("honggu", "红古区", "Honggu District"), ("yongdeng", "永登县", "Yongdeng County"),
        ("gaolan", "皋兰县", "Gaolan County"), ("yuzhong", "榆中县", "Yuzhong County")]),
    ("jiayuguan", "嘉峪关市", "Jiayuguan City", []),
    ("jinchang", "金昌市", "Jinchang City", [
        ("jinchuan", "金川区", "Jinchuan District"), ("yongchang", "永昌县", "Yongchang County")]),
    ("baiyin", "白银市", "Baiyin City", [
        ("baiyinqu", "白银区", "Baiyin District"), ("pingchuan", "平川区", "Pingchuan District"),
        ("jingyuan", "靖远县", "Jingyuan County"), ("huining", "会宁县", "Huining County"),
        ("jingtai", "景泰县", "Jingtai County")]),
    ("tianshui", "天水市", "Tianshui City", [
        ("qinzhou", "秦州区", "Qinzhou District"), ("maiji", "麦积区", "Maiji District"),
        ("qingshui", "清水县", "Qingshui County"), ("qin-an", "秦安县", "Qin'an County"),
        ("gangu", "甘谷县", "Gangu County"), ("wushan", "武山县", "Wushan County"),
        ("zhangjiachuan", "张家川回族自治县", "Zhangjiachuan Hui Autonomous County")]),
    ("wuwei", "武威市", "Wuwei City", [
        ("liangzhou", "凉州区", "Liangzhou District"), ("minqin", "民勤县", "Minqin County"),
        ("gulang", "古浪县", "Gulang County"), ("tianzhu", "天祝藏族自治县", "Tianzhu Tibetan Autonomous County")]),
    ("zhangye", "张掖市", "Zhangye City", [
        ("ganzhou", "甘州区", "Ganzhou District"), ("sunan", "肃南裕固族自治县", "Sunan Yugur Autonomous County"),
        ("minle", "民乐县", "Minle County"), ("linze", "临泽县", "Linze County"),
        ("gaotai", "高台县", "Gaotai County"), ("shandan", "山丹县", "Shandan County")]),
    ("pingliang", "平凉市", "Pingliang City", [
        ("kongtong", "崆峒区", "Kongtong District"), ("jingchuan", "泾川县", "Jingchuan County"),
        ("lingtai", "灵台县", "Lingtai County"), ("chongxin", "崇信县", "Chongxin County"),
        ("zhuanglang", "庄浪县", "Zhuanglang County"), ("jingning", "静宁县", "Jingning County"),
        ("huating", "华亭市", "Huating City")]),
    ("jiuquan", "酒泉市", "Jiuquan City", [
        ("suzhou", "肃州区", "Suzhou District"), ("jinta", "金塔县", "Jinta County"),
        ("guazhou", "瓜州县", "Guazhou County"), ("subei", "肃北蒙古族自治县", "Subei Mongol Autonomous County"),
        ("aksay", "阿克塞哈萨克族自治县", "Aksay Kazakh Autonomous County"), ("yumen", "玉门市", "Yumen City"),
        ("dunhuang", "敦煌市", "Dunhuang City")]),
    ("qingyang", "庆阳市", "Qingyang City", [
        ("xifeng", "西峰区", "Xifeng District"), ("qingcheng", "庆城县", "Qingcheng County"),
        ("huanxian", "环县", "Huan County"), ("huachi", "华池县", "Huachi County"),
        ("heshui", "合水县", "Heshui County"), ("zhengning", "正宁县", "Zhengning County"),
        ("ningxian", "宁县", "Ning County"), ("zhenyuan", "镇原县", "Zhenyuan County")]),
    ("dingxi", "定西市", "Dingxi City", [
        ("anding", "安定区", "Anding District"), ("tongwei", "通渭县", "Tongwei County"),
        ("longxi", "陇西县", "Longxi County"), ("weiyuan", "渭源县", "Weiyuan County"),
        ("lintao", "临洮县", "Lintao County"), ("zhangxian", "漳县", "Zhang County"),
        ("minxian", "岷县", "Min County")]),
    ("longnan", "陇南市", "Longnan City", [
        ("wudu", "武都区", "Wudu District"), ("chengxian", "成县", "Cheng County"),
        ("wenxian", "文县", "Wen County"), ("dangchang", "宕昌县", "Dangchang County"),
        ("kangxian", "康县", "Kang County"), ("xihe", "西和县", "Xihe County"),
        ("lixian", "礼县", "Li County"), ("huixian", "徽县", "Hui County"),
        ("liangdang", "两当县", "Liangdang County")]),
    ("linxia", "临夏回族自治州", "Linxia Hui Autonomous Prefecture", [
        ("linxia-city", "临夏市", "Linxia City"), ("linxia-county", "临夏县", "Linxia County"),
        ("kangle", "康乐县", "Kangle County"), ("yongjing", "永靖县", "Yongjing County"),
        ("guanghe", "广河县", "Guanghe County"), ("hezheng", "和政县", "Hezheng County"),
        ("dongxiang", "东乡族自治县", "Dongxiang Autonomous County"),
        ("jishishan", "积石山保安族东乡族撒拉族自治县", "Jishishan Bonan, Dongxiang and Salar Autonomous County")]),
    ("gannan", "甘南藏族自治州", "Gannan Tibetan Autonomous Prefecture", [
        ("hezuo", "合作市", "Hezuo City"), ("lintan", "临潭县", "Lintan County"),
        ("zhuoni", "卓尼县", "Zhuoni County"), ("zhouqu", "舟曲县", "Zhouqu County"),
        ("diebu", "迭部县", "Diebu County"), ("maqu", "玛曲县", "Maqu County"),
        ("luqu", "碌曲县", "Luqu County"), ("xiahe", "夏河县", "Xiahe County")]),
]
assert len(CITIES) == 14 and sum(len(c[3]) for c in CITIES) == 86

TEXT = [
    "甘肃省“十四五”科技创新规划（示例：本文件及其数字均为虚构，仅用于演示本库的省、市、县三级监测，并非正式文件）",
    "示例〔2021〕1号",
    "一、发展目标",
    "到2025年，省、市、县三级本级财政科技支出占一般公共预算支出的比重分别达到2.5%、2%、1%。",
    "到2025年，全省高新技术企业达到2000家。",
    "2020年省本级、各市、各县的比重及全省高新技术企业数为示例数据。",
]
src = lambda line: {"line": line, "quote": TEXT[line - 1][:20] if line != 4 else "分别达到2.5%、2%、1%"}

regions = [{"id": "gansu", "name": {"zh": "甘肃省", "en": "Gansu Province"}, "level": "province"}]
for cid, zh, en, counties in CITIES:
    regions.append({"id": cid, "name": {"zh": zh, "en": en}, "level": "city", "parent": "gansu"})
    for kid, kzh, ken in counties:
        regions.append({"id": kid, "name": {"zh": kzh, "en": ken}, "level": "county", "parent": cid})
ids = [r["id"] for r in regions]
assert len(set(ids)) == len(ids)

def made_up(i, lo, hi):
    """A deterministic made-up decimal between lo and hi with two places."""
    return f"{lo + ((i * 37) % 100) / 100 * (hi - lo):.2f}"

baselines = []
for i, r in enumerate(regions):
    lo, hi = {"province": (1.8, 2.0), "city": (0.8, 1.9), "county": (0.3, 1.0)}[r["level"]]
    baselines.append({"region": r["id"], "year": 2020, "value": made_up(i, lo, hi), "source": {"line": 6, "quote": "为示例数据"}})

plan = {
    "id": "gansu-14-illustrative",
    "title": {"zh": "甘肃省“十四五”科技创新规划（示例，数字均为虚构）",
              "en": "Gansu Province 14th Five-Year S&T Innovation Plan (illustrative: every figure is made up)"},
    "document": {"number": "示例〔2021〕1号", "issuer": {"zh": "示例", "en": "Example"},
                 "written": "2021-12-31", "issued": "2021-12-31", "text": "examples/gansu-14-illustrative.txt",
                 "source": {"line": 2, "quote": "示例〔2021〕1号"}},
    "period": {"start": 2021, "end": 2025},
    "baselineYear": 2020,
    "basedOn": [],
    "regions": regions,
    "units": [{"id": "percent", "symbol": {"zh": "%", "en": "%"}, "dimension": "percent"},
              {"id": "enterprise", "symbol": {"zh": "家", "en": "enterprises"}, "dimension": "count"}],
    "principles": [],
    "chapters": [{"id": "goals", "number": 1, "title": {"zh": "发展目标", "en": "Goals"},
                  "source": {"line": 3, "quote": "一、发展目标"}, "sections": []}],
    "boxes": [],
    "indicators": [
        {"id": "fiscal-st-share", "name": {"zh": "本级财政科技支出占一般公共预算支出的比重", "en": "Own-level fiscal S&T expenditure share"},
         "unit": "percent", "direction": "increase", "attribute": "expected", "chapter": "goals", "basis": "own-level",
         "aggregation": {"method": "none"}, "regions": ids, "source": src(4), "baselines": baselines,
         "targets": [
             {"id": "fiscal-st-share.2025.province", "kind": "end-level", "comparator": "reach", "value": "2.5", "year": 2025,
              "levels": ["province"], "source": {"line": 4, "quote": "分别达到2.5%、2%、1%"}},
             {"id": "fiscal-st-share.2025.city", "kind": "end-level", "comparator": "reach", "value": "2", "year": 2025,
              "levels": ["city"], "source": {"line": 4, "quote": "分别达到2.5%、2%、1%"}},
             {"id": "fiscal-st-share.2025.county", "kind": "end-level", "comparator": "reach", "value": "1", "year": 2025,
              "levels": ["county"], "source": {"line": 4, "quote": "分别达到2.5%、2%、1%"}}],
         "notes": ["Illustrative: the shares of each level's own budget (本级), never summed or averaged across levels."]},
        {"id": "high-tech-enterprises", "name": {"zh": "高新技术企业数", "en": "High-tech enterprises"},
         "unit": "enterprise", "direction": "increase", "attribute": "expected", "chapter": "goals",
         "aggregation": {"method": "sum"}, "regions": ids, "source": {"line": 5, "quote": "全省高新技术企业达到2000家"},
         "baselines": [{"region": "gansu", "year": 2020, "value": "1200", "source": {"line": 6, "quote": "为示例数据"}}],
         "targets": [{"id": "high-tech-enterprises.2025", "kind": "end-level", "comparator": "reach", "value": "2000",
                      "year": 2025, "regions": ["gansu"], "source": {"line": 5, "quote": "全省高新技术企业达到2000家"}}],
         "notes": ["Illustrative figures."]},
    ],
    "decisions": [],
}
with open(os.path.join(ROOT, "examples", "gansu-14-illustrative.json"), "w", encoding="utf-8") as f:
    json.dump(plan, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(ROOT, "examples", "gansu-14-illustrative.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(TEXT) + "\n")

# Reported figures for 2021–2023: the fiscal share of every region (made up), and high-tech enterprises in 2023 of
# the counties and of 嘉峪关市, the one city without counties (the leaves of the tree): the province's figure is
# rolled up from them, through the cities.
rows = ["# 示例数据，全部为虚构，仅用于演示 / Illustrative figures, all made up, for demonstration only", "指标,地区,年份,数值"]
for i, r in enumerate(regions):
    base = float(baselines[i]["value"])
    for k, year in enumerate([2021, 2022, 2023]):
        rows.append(f"fiscal-st-share,{r['name']['zh']},{year},{base + 0.05 * (k + 1) * ((i % 3) + 1):.2f}")
parents = {r.get("parent") for r in regions}
for i, r in enumerate(regions):
    if r["level"] == "county" or (r["level"] == "city" and r["id"] not in parents):
        rows.append(f"high-tech-enterprises,{r['name']['zh']},2023,{5 + (i * 7) % 40}")
with open(os.path.join(ROOT, "examples", "gansu-2020-2025-illustrative.csv"), "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
print(len(regions), "regions;", len(rows) - 2, "figures")

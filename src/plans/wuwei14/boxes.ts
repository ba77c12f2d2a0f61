import type { PlanInput } from "../../model/schema.js";

/**
 * The 23 boxes (专栏) and their numbered tasks. A task title is the lead phrase before the first 。; where a task is
 * one long sentence, the title is its first clause (or the clause that names the task), always an exact substring.
 */
export const boxes = [
  {
    id: "box-1",
    number: 1,
    title: {
      zh: "生态综合治理先进技术应用示范区建设重点任务",
      en: "Key tasks: building the demonstration zone for advanced technologies of integrated ecological governance",
    },
    kind: "key-tasks",
    chapter: "ch3",
    section: "ch3.s1",
    source: {
      line: 168,
      quote: "生态综合治理先进技术应用示范区建设重点任务",
    },
    tasks: [
      {
        id: "box-1.task-1",
        number: 1,
        title: {
          zh: "推进高效节水技术推广示范基地建设",
          en: "Build demonstration bases for spreading efficient water-saving technology",
        },
        source: {
          line: 170,
          quote: "1.推进高效节水技术推广示范基地建设",
        },
      },
      {
        id: "box-1.task-2",
        number: 2,
        title: {
          zh: "推广科学防沙治沙技术",
          en: "Spread scientific sand prevention and control techniques",
        },
        source: {
          line: 172,
          quote: "2.推广科学防沙治沙技术",
        },
      },
      {
        id: "box-1.task-3",
        number: 3,
        title: {
          zh: "加强内陆河流域生态保护和治理科技支撑",
          en: "Stronger S&T support for protecting and managing inland river basins",
        },
        source: {
          line: 174,
          quote: "3.加强内陆河流域生态保护和治理科技支撑",
        },
      },
      {
        id: "box-1.task-4",
        number: 4,
        title: {
          zh: "研发推广重点领域污染防治关键技术",
          en: "Develop and spread key pollution-control technologies in priority fields",
        },
        source: {
          line: 176,
          quote: "4.研发推广重点领域污染防治关键技术",
        },
      },
      {
        id: "box-1.task-5",
        number: 5,
        title: {
          zh: "加快国家西部生态安全屏障建设",
          en: "Speed up building the ecological security barrier of western China",
        },
        source: {
          line: 178,
          quote: "5.加快国家西部生态安全屏障建设",
        },
      },
    ],
  },
  {
    id: "box-2",
    number: 2,
    title: {
      zh: "现代农业科技创新示范区建设重点任务",
      en: "Key tasks: building the demonstration zone for S&T innovation in modern agriculture",
    },
    kind: "key-tasks",
    chapter: "ch3",
    section: "ch3.s2",
    source: {
      line: 184,
      quote: "现代农业科技创新示范区建设重点任务",
    },
    tasks: [
      {
        id: "box-2.task-1",
        number: 1,
        title: {
          zh: "加强产业技术创新与示范",
          en: "Strengthen industrial technology innovation and demonstration",
        },
        source: {
          line: 186,
          quote: "1.加强产业技术创新与示范",
        },
      },
      {
        id: "box-2.task-2",
        number: 2,
        title: {
          zh: "创建国家火炬特色产业基地",
          en: "Create national Torch characteristic industry bases",
        },
        source: {
          line: 188,
          quote: "2.创建国家火炬特色产业基地",
        },
      },
      {
        id: "box-2.task-3",
        number: 3,
        title: {
          zh: "推进农业科技资源集聚",
          en: "Concentrate agricultural S&T resources",
        },
        source: {
          line: 190,
          quote: "3.推进农业科技资源集聚",
        },
      },
    ],
  },
  {
    id: "box-3",
    number: 3,
    title: {
      zh: "文化旅游科创综合服务区创建重点任务",
      en: "Key tasks: creating the integrated S&T service zone for culture and tourism",
    },
    kind: "key-tasks",
    chapter: "ch3",
    section: "ch3.s3",
    source: {
      line: 196,
      quote: "文化旅游科创综合服务区创建重点任务",
    },
    tasks: [
      {
        id: "box-3.task-1",
        number: 1,
        title: {
          zh: "完善文化旅游科技创新体系",
          en: "Improve the S&T innovation system of culture and tourism",
        },
        source: {
          line: 198,
          quote: "1.完善文化旅游科技创新体系",
        },
      },
      {
        id: "box-3.task-2",
        number: 2,
        title: {
          zh: "强化文化旅游科技研发和成果转化",
          en: "Strengthen R&D and the transfer of results in culture and tourism",
        },
        source: {
          line: 200,
          quote: "2.强化文化旅游科技研发和成果转化",
        },
      },
      {
        id: "box-3.task-3",
        number: 3,
        title: {
          zh: "推动文化旅游业数字化、智能化、网络化",
          en: "Make culture and tourism digital, intelligent and networked",
        },
        source: {
          line: 202,
          quote: "3.推动文化旅游业数字化、智能化、网络化",
        },
      },
      {
        id: "box-3.task-4",
        number: 4,
        title: {
          zh: "加强科技支撑文化轴线构建",
          en: "Strengthen S&T support for the cultural axes",
        },
        source: {
          line: 204,
          quote: "4.加强科技支撑文化轴线构建",
        },
      },
      {
        id: "box-3.task-5",
        number: 5,
        title: {
          zh: "支持开展协同创新",
          en: "Support collaborative innovation",
        },
        source: {
          line: 206,
          quote: "5.支持开展协同创新",
        },
      },
    ],
  },
  {
    id: "box-4",
    number: 4,
    title: {
      zh: "高能级产业园和科技成果转化示范区创建重点任务",
      en: "Key tasks: creating high-level industrial parks and the demonstration zone for transferring S&T results",
    },
    kind: "key-tasks",
    chapter: "ch3",
    section: "ch3.s4",
    source: {
      line: 212,
      quote: "高能级产业园和科技成果转化示范区创建重点任务",
    },
    tasks: [
      {
        id: "box-4.task-1",
        number: 1,
        title: {
          zh: "培育壮大工业园区创新主体",
          en: "Grow the innovating enterprises of the industrial parks",
        },
        source: {
          line: 214,
          quote: "1.培育壮大工业园区创新主体",
        },
        indicators: ["park-provincial-innovative-enterprises-added", "park-high-tech-enterprises-added"],
      },
      {
        id: "box-4.task-2",
        number: 2,
        title: {
          zh: "推进绿色园区、智能园区、科技园区建设",
          en: "Build green, smart and science parks",
        },
        source: {
          line: 216,
          quote: "2.推进绿色园区、智能园区、科技园区建设",
        },
      },
      {
        id: "box-4.task-3",
        number: 3,
        title: {
          zh: "提升工业园区科技创新能力",
          en: "Raise the S&T innovation capacity of the industrial parks",
        },
        source: {
          line: 218,
          quote: "3.提升工业园区科技创新能力",
        },
      },
      {
        id: "box-4.task-4",
        number: 4,
        title: {
          zh: "鼓励企业加强质量品牌建设",
          en: "Encourage enterprises to build quality and brands",
        },
        source: {
          line: 220,
          quote: "4.鼓励企业加强质量品牌建设",
        },
      },
      {
        id: "box-4.task-5",
        number: 5,
        title: {
          zh: "加强科技成果转化的工程化能力建设",
          en: "Build engineering capacity for transferring S&T results",
        },
        source: {
          line: 222,
          quote: "5.加强科技成果转化的工程化能力建设",
        },
      },
    ],
  },
  {
    id: "box-5",
    number: 5,
    title: {
      zh: "科技支撑引领现代农业发展重点任务",
      en: "Key tasks: S&T support leading modern agriculture",
    },
    kind: "key-tasks",
    chapter: "ch4",
    section: "ch4.s1",
    source: {
      line: 240,
      quote: "科技支撑引领现代农业发展重点任务",
    },
    tasks: [
      {
        id: "box-5.task-1",
        number: 1,
        title: {
          zh: "加强农业种质资源创新",
          en: "Strengthen innovation in agricultural germplasm resources",
        },
        source: {
          line: 242,
          quote: "1.加强农业种质资源创新",
        },
        indicators: ["livestock-breed-coverage"],
      },
      {
        id: "box-5.task-2",
        number: 2,
        title: {
          zh: "加强农产品精深加工技术攻关",
          en: "Tackle key technologies for deep processing of farm products",
        },
        source: {
          line: 244,
          quote: "2.加强农产品精深加工技术攻关",
        },
      },
      {
        id: "box-5.task-3",
        number: 3,
        title: {
          zh: "加强龙头企业创新体系建设",
          en: "Build the innovation systems of leading enterprises",
        },
        source: {
          line: 246,
          quote: "3.加强龙头企业创新体系建设",
        },
      },
      {
        id: "box-5.task-4",
        number: 4,
        title: {
          zh: "支持现代农业产业园建设",
          en: "Support modern agricultural industrial parks",
        },
        source: {
          line: 248,
          quote: "4.支持现代农业产业园建设",
        },
      },
      {
        id: "box-5.task-5",
        number: 5,
        title: {
          zh: "支撑农业品牌创建",
          en: "Support the creation of agricultural brands",
        },
        source: {
          line: 250,
          quote: "5.支撑农业品牌创建",
        },
      },
      {
        id: "box-5.task-6",
        number: 6,
        title: {
          zh: "创新农业生态循环模式",
          en: "New eco-cycle models for agriculture",
        },
        source: {
          line: 252,
          quote: "6.创新农业生态循环模式",
        },
      },
      {
        id: "box-5.task-7",
        number: 7,
        title: {
          zh: "完善农业科技服务体系",
          en: "Improve the agricultural S&T service system",
        },
        source: {
          line: 254,
          quote: "7.完善农业科技服务体系",
        },
      },
      {
        id: "box-5.task-8",
        number: 8,
        title: {
          zh: "智慧农业建设工程",
          en: "Smart agriculture project",
        },
        source: {
          line: 256,
          quote: "8.智慧农业建设工程",
        },
      },
    ],
  },
  {
    id: "box-6",
    number: 6,
    title: {
      zh: "科技支撑生态工业突破发展重点任务",
      en: "Key tasks: S&T support for a breakthrough in ecological industry",
    },
    kind: "key-tasks",
    chapter: "ch4",
    section: "ch4.s2",
    source: {
      line: 268,
      quote: "科技支撑生态工业突破发展重点任务",
    },
    tasks: [
      {
        id: "box-6.task-1",
        number: 1,
        title: {
          zh: "培育装备制造产业集群",
          en: "Grow an equipment manufacturing cluster",
        },
        source: {
          line: 270,
          quote: "1.培育装备制造产业集群",
        },
      },
      {
        id: "box-6.task-2",
        number: 2,
        title: {
          zh: "培育新材料产业集群",
          en: "Grow a new materials cluster",
        },
        source: {
          line: 272,
          quote: "2.培育新材料产业集群",
        },
      },
      {
        id: "box-6.task-3",
        number: 3,
        title: {
          zh: "培育新能源产业集群",
          en: "Grow a new energy cluster",
        },
        source: {
          line: 274,
          quote: "3.培育新能源产业集群",
        },
      },
      {
        id: "box-6.task-4",
        number: 4,
        title: {
          zh: "培育生物医药产业集群",
          en: "Grow a biomedicine cluster",
        },
        source: {
          line: 276,
          quote: "4.培育生物医药产业集群",
        },
      },
      {
        id: "box-6.task-5",
        number: 5,
        title: {
          zh: "数据信息技术研发",
          en: "R&D in data and information technology",
        },
        source: {
          line: 278,
          quote: "5.数据信息技术研发",
        },
      },
      {
        id: "box-6.task-6",
        number: 6,
        title: {
          zh: "培育新型建材产业集群",
          en: "Grow a new building materials cluster",
        },
        source: {
          line: 280,
          quote: "6.培育新型建材产业集群",
        },
      },
    ],
  },
  {
    id: "box-7",
    number: 7,
    title: {
      zh: "科技支撑文化旅游产业提效重点任务",
      en: "Key tasks: S&T support for a more efficient culture and tourism industry",
    },
    kind: "key-tasks",
    chapter: "ch4",
    section: "ch4.s3",
    source: {
      line: 286,
      quote: "科技支撑文化旅游产业提效重点任务",
    },
    tasks: [
      {
        id: "box-7.task-1",
        number: 1,
        title: {
          zh: "开展文化遗产保护技术研究",
          en: "Research technologies for protecting cultural heritage",
        },
        source: {
          line: 288,
          quote: "1.开展文化遗产保护技术研究",
        },
      },
      {
        id: "box-7.task-2",
        number: 2,
        title: {
          zh: "实施文化遗产保护传承与创新发展工程",
          en: "Project for protecting, passing on and developing cultural heritage",
        },
        source: {
          line: 290,
          quote: "2.实施文化遗产保护传承与创新发展工程",
        },
      },
      {
        id: "box-7.task-3",
        number: 3,
        title: {
          zh: "提高红色旅游资源利用水平",
          en: "Make better use of red tourism resources",
        },
        source: {
          line: 292,
          quote: "3.提高红色旅游资源利用水平",
        },
      },
      {
        id: "box-7.task-4",
        number: 4,
        title: {
          zh: "建设高端文化旅游品牌",
          en: "Build high-end culture and tourism brands",
        },
        source: {
          line: 294,
          quote: "4.建设高端文化旅游品牌",
        },
      },
      {
        id: "box-7.task-5",
        number: 5,
        title: {
          zh: "推进互联网+旅游信息化智能化建设",
          en: "Internet Plus tourism: informatisation and smart services",
        },
        source: {
          line: 296,
          quote: "5.推进互联网+旅游信息化智能化建设",
        },
      },
    ],
  },
  {
    id: "box-8",
    number: 8,
    title: {
      zh: "科技支撑通道物流产业拓展重点任务",
      en: "Key tasks: S&T support for expanding corridor logistics",
    },
    kind: "key-tasks",
    chapter: "ch4",
    section: "ch4.s4",
    source: {
      line: 302,
      quote: "科技支撑通道物流产业拓展重点任务",
    },
    tasks: [
      {
        id: "box-8.task-1",
        number: 1,
        title: {
          zh: "持续推进物流枢纽平台建设",
          en: "Keep building logistics hub platforms",
        },
        source: {
          line: 304,
          quote: "1.持续推进物流枢纽平台建设",
        },
      },
      {
        id: "box-8.task-2",
        number: 2,
        title: {
          zh: "科技支撑冷链物流工程",
          en: "S&T-supported cold-chain logistics project",
        },
        source: {
          line: 306,
          quote: "2.科技支撑冷链物流工程",
        },
      },
      {
        id: "box-8.task-3",
        number: 3,
        title: {
          zh: "科技促进产业联动物流工程",
          en: "S&T-promoted logistics project linking industries",
        },
        source: {
          line: 308,
          quote: "3.科技促进产业联动物流工程",
        },
      },
      {
        id: "box-8.task-4",
        number: 4,
        title: {
          zh: "推动物流信息化建设",
          en: "Informatise logistics",
        },
        source: {
          line: 310,
          quote: "4.推动物流信息化建设",
        },
      },
    ],
  },
  {
    id: "box-9",
    number: 9,
    title: {
      zh: "科技支撑现代科技服务业创新重点任务",
      en: "Key tasks: S&T support for innovation in modern S&T services",
    },
    kind: "key-tasks",
    chapter: "ch4",
    section: "ch4.s5",
    source: {
      line: 316,
      quote: "科技支撑现代科技服务业创新重点任务",
    },
    tasks: [
      {
        id: "box-9.task-1",
        number: 1,
        title: {
          zh: "提升研发设计服务",
          en: "Better R&D and design services",
        },
        source: {
          line: 318,
          quote: "1.提升研发设计服务",
        },
      },
      {
        id: "box-9.task-2",
        number: 2,
        title: {
          zh: "加快技术转移服务",
          en: "Faster technology transfer services",
        },
        source: {
          line: 320,
          quote: "2.加快技术转移服务",
        },
      },
      {
        id: "box-9.task-3",
        number: 3,
        title: {
          zh: "拓展知识产权服务",
          en: "Wider intellectual property services",
        },
        source: {
          line: 322,
          quote: "3.拓展知识产权服务",
        },
      },
      {
        id: "box-9.task-4",
        number: 4,
        title: {
          zh: "优化创新创业生态",
          en: "A better ecosystem for innovation and entrepreneurship",
        },
        source: {
          line: 324,
          quote: "4.优化创新创业生态",
        },
      },
      {
        id: "box-9.task-5",
        number: 5,
        title: {
          zh: "延伸科技咨询服务",
          en: "Extend S&T consulting services",
        },
        source: {
          line: 326,
          quote: "5.延伸科技咨询服务",
        },
      },
      {
        id: "box-9.task-6",
        number: 6,
        title: {
          zh: "加快检验检测认证服务",
          en: "Faster growth of testing, inspection and certification services",
        },
        source: {
          line: 328,
          quote: "6.加快检验检测认证服务",
        },
        indicators: ["testing-bodies-added"],
      },
    ],
  },
  {
    id: "box-10",
    number: 10,
    title: {
      zh: "科技支撑数字经济和信息化发展重点任务",
      en: "Key tasks: S&T support for the digital economy and informatisation",
    },
    kind: "key-tasks",
    chapter: "ch4",
    section: "ch4.s6",
    source: {
      line: 334,
      quote: "科技支撑数字经济和信息化发展重点任务",
    },
    tasks: [
      {
        id: "box-10.task-1",
        number: 1,
        title: {
          zh: "发展融合型数字经济",
          en: "Develop an integrated digital economy",
        },
        source: {
          line: 336,
          quote: "1.发展融合型数字经济",
        },
      },
      {
        id: "box-10.task-2",
        number: 2,
        title: {
          zh: "加快产业园区数字化改造",
          en: "Digitalise industrial parks faster",
        },
        source: {
          line: 338,
          quote: "2.加快产业园区数字化改造",
        },
      },
      {
        id: "box-10.task-3",
        number: 3,
        title: {
          zh: "加快企业数字化转型升级",
          en: "Speed up enterprises' digital transformation",
        },
        source: {
          line: 340,
          quote: "3.加快企业数字化转型升级",
        },
      },
      {
        id: "box-10.task-4",
        number: 4,
        title: {
          zh: "发展创新资源分享经济",
          en: "Develop a sharing economy of innovation resources",
        },
        source: {
          line: 342,
          quote: "4.发展创新资源分享经济",
        },
      },
      {
        id: "box-10.task-5",
        number: 5,
        title: {
          zh: "加快推进农村电子商务发展",
          en: "Speed up rural e-commerce",
        },
        source: {
          line: 344,
          quote: "5.加快推进农村电子商务发展",
        },
      },
    ],
  },
  {
    id: "box-11",
    number: 11,
    title: {
      zh: "科技支撑乡村振兴重点方向",
      en: "Key directions: S&T support for rural revitalisation",
    },
    kind: "key-directions",
    chapter: "ch5",
    section: "ch5.s1",
    source: {
      line: 354,
      quote: "科技支撑乡村振兴重点方向",
    },
    tasks: [
      {
        id: "box-11.task-1",
        number: 1,
        title: {
          zh: "做强特色农业科技园区",
          en: "Strengthen distinctive agricultural S&T parks",
        },
        source: {
          line: 356,
          quote: "1.做强特色农业科技园区",
        },
        indicators: ["upgraded-provincial-agri-parks"],
      },
      {
        id: "box-11.task-2",
        number: 2,
        title: {
          zh: "打造现代农业科技引领示范村(镇)",
          en: "Build model villages (towns) led by modern agricultural S&T",
        },
        source: {
          line: 358,
          quote: "2.打造现代农业科技引领示范村(镇)",
        },
      },
      {
        id: "box-11.task-3",
        number: 3,
        title: {
          zh: "推进智慧农村建设",
          en: "Build smart villages",
        },
        source: {
          line: 360,
          quote: "3.推进智慧农村建设",
        },
      },
    ],
  },
  {
    id: "box-12",
    number: 12,
    title: {
      zh: "科技支撑生命健康重点方向",
      en: "Key directions: S&T support for life and health",
    },
    kind: "key-directions",
    chapter: "ch5",
    section: "ch5.s2",
    source: {
      line: 366,
      quote: "科技支撑生命健康重点方向",
    },
    tasks: [
      {
        id: "box-12.task-1",
        number: 1,
        title: {
          zh: "临床医学创新平台建设",
          en: "Platforms for clinical medical innovation",
        },
        source: {
          line: 368,
          quote: "1.临床医学创新平台建设",
        },
      },
      {
        id: "box-12.task-2",
        number: 2,
        title: {
          zh: "重大疾病防治",
          en: "Prevention and treatment of major diseases",
        },
        source: {
          line: 370,
          quote: "2.重大疾病防治",
        },
      },
      {
        id: "box-12.task-3",
        number: 3,
        title: {
          zh: "优生优育",
          en: "Healthy births",
        },
        source: {
          line: 372,
          quote: "3.优生优育",
        },
      },
      {
        id: "box-12.task-4",
        number: 4,
        title: {
          zh: "智慧医疗",
          en: "Smart healthcare",
        },
        source: {
          line: 374,
          quote: "4.智慧医疗",
        },
      },
      {
        id: "box-12.task-5",
        number: 5,
        title: {
          zh: "医疗服务和公共卫生服务",
          en: "Medical and public health services",
        },
        source: {
          line: 376,
          quote: "5.医疗服务和公共卫生服务",
        },
      },
    ],
  },
  {
    id: "box-13",
    number: 13,
    title: {
      zh: "科技支撑绿色低碳重点方向",
      en: "Key directions: S&T support for green and low-carbon development",
    },
    kind: "key-directions",
    chapter: "ch5",
    section: "ch5.s3",
    source: {
      line: 382,
      quote: "科技支撑绿色低碳重点方向",
    },
    tasks: [
      {
        id: "box-13.task-1",
        number: 1,
        title: {
          zh: "二氧化碳减排技术研发与示范",
          en: "R&D and demonstration of carbon dioxide reduction technologies",
        },
        source: {
          line: 384,
          quote: "1.二氧化碳减排技术研发与示范",
        },
      },
      {
        id: "box-13.task-2",
        number: 2,
        title: {
          zh: "持续开展污染防治科技攻关",
          en: "Keep tackling pollution-control technologies",
        },
        source: {
          line: 386,
          quote: "2.持续开展污染防治科技攻关",
        },
      },
      {
        id: "box-13.task-3",
        number: 3,
        title: {
          zh: "重点流域生态环境综合治理",
          en: "Integrated environmental management of key river basins",
        },
        source: {
          line: 388,
          quote: "3.重点流域生态环境综合治理",
        },
      },
      {
        id: "box-13.task-4",
        number: 4,
        title: {
          zh: "大宗矿产绿色开发与集约利用技术研发",
          en: "R&D on green mining and intensive use of bulk minerals",
        },
        source: {
          line: 390,
          quote: "4.大宗矿产绿色开发与集约利用技术研发",
        },
      },
    ],
  },
  {
    id: "box-14",
    number: 14,
    title: {
      zh: "科技支撑公共安全重点方向",
      en: "Key directions: S&T support for public safety",
    },
    kind: "key-directions",
    chapter: "ch5",
    section: "ch5.s4",
    source: {
      line: 396,
      quote: "科技支撑公共安全重点方向",
    },
    tasks: [
      {
        id: "box-14.task-1",
        number: 1,
        title: {
          zh: "社会安全治理",
          en: "Social safety governance",
        },
        source: {
          line: 398,
          quote: "1.社会安全治理",
        },
      },
      {
        id: "box-14.task-2",
        number: 2,
        title: {
          zh: "生产安全",
          en: "Workplace safety",
        },
        source: {
          line: 400,
          quote: "2.生产安全",
        },
      },
      {
        id: "box-14.task-3",
        number: 3,
        title: {
          zh: "食品药品安全",
          en: "Food and drug safety",
        },
        source: {
          line: 402,
          quote: "3.食品药品安全",
        },
      },
      {
        id: "box-14.task-4",
        number: 4,
        title: {
          zh: "信息安全",
          en: "Information security",
        },
        source: {
          line: 404,
          quote: "4.信息安全",
        },
      },
      {
        id: "box-14.task-5",
        number: 5,
        title: {
          zh: "自然灾害监测与预警",
          en: "Monitoring and early warning of natural disasters",
        },
        source: {
          line: 406,
          quote: "5.自然灾害监测与预警",
        },
      },
      {
        id: "box-14.task-6",
        number: 6,
        title: {
          zh: "突发事件处理",
          en: "Handling emergencies",
        },
        source: {
          line: 408,
          quote: "6.突发事件处理",
        },
      },
    ],
  },
  {
    id: "box-15",
    number: 15,
    title: {
      zh: "科技支撑新型城镇化重点方向",
      en: "Key directions: S&T support for new-type urbanisation",
    },
    kind: "key-directions",
    chapter: "ch5",
    section: "ch5.s5",
    source: {
      line: 414,
      quote: "科技支撑新型城镇化重点方向",
    },
    tasks: [
      {
        id: "box-15.task-1",
        number: 1,
        title: {
          zh: "推广应用城镇建设先进技术",
          en: "Spread advanced technologies for building towns",
        },
        source: {
          line: 416,
          quote: "1.推广应用城镇建设先进技术",
        },
      },
      {
        id: "box-15.task-2",
        number: 2,
        title: {
          zh: "加强创新型县区建设",
          en: "Build innovative counties and districts",
        },
        source: {
          line: 418,
          quote: "2.加强创新型县区建设",
        },
      },
      {
        id: "box-15.task-3",
        number: 3,
        title: {
          zh: "加强国土空间规划管理",
          en: "Stronger territorial spatial planning",
        },
        source: {
          line: 420,
          quote: "3.加强国土空间规划管理",
        },
      },
    ],
  },
  {
    id: "box-16",
    number: 16,
    title: {
      zh: "自主创新能力提升重点工程",
      en: "Key projects: raising independent innovation capacity",
    },
    kind: "key-projects",
    chapter: "ch6",
    section: "ch6.s1",
    source: {
      line: 436,
      quote: "自主创新能力提升重点工程",
    },
    tasks: [
      {
        id: "box-16.task-1",
        number: 1,
        title: {
          zh: "高新技术企业培育",
          en: "Cultivating high-tech enterprises",
        },
        source: {
          line: 438,
          quote: "1.高新技术企业培育",
        },
        indicators: ["high-tech-enterprises"],
      },
      {
        id: "box-16.task-2",
        number: 2,
        title: {
          zh: "知识产权优势企业培育",
          en: "Cultivating enterprises with intellectual property advantages",
        },
        source: {
          line: 440,
          quote: "2.知识产权优势企业培育",
        },
        indicators: ["ip-advantage-enterprises"],
      },
      {
        id: "box-16.task-3",
        number: 3,
        title: {
          zh: "创新型企业评价",
          en: "Evaluating innovative enterprises",
        },
        source: {
          line: 442,
          quote: "3.创新型企业评价",
        },
        indicators: ["tech-smes-evaluated"],
      },
    ],
  },
  {
    id: "box-17",
    number: 17,
    title: {
      zh: "创新人才智汇武威重点工程",
      en: "Key projects: bringing innovative talent to Wuwei",
    },
    kind: "key-projects",
    chapter: "ch6",
    section: "ch6.s2",
    source: {
      line: 456,
      quote: "创新人才智汇武威重点工程",
    },
    tasks: [
      {
        id: "box-17.task-1",
        number: 1,
        title: {
          zh: "支持高校、科研院所人员运用科技成果转化激励、科技人员兼职离岗创新创业等政策工具",
          en: "Support staff of universities and research institutes in using incentives for transferring results and part-time or leave-of-absence entrepreneurship",
        },
        source: {
          line: 458,
          quote: "1.支持高校、科研院所人员运用科技成果转化激励、科技人员兼职离岗创新创业等政策工具",
        },
      },
      {
        id: "box-17.task-2",
        number: 2,
        title: {
          zh: "允许高校、科研院所、公立医院等机构增设流动岗位",
          en: "Allow universities, research institutes and public hospitals to add mobile posts",
        },
        source: {
          line: 460,
          quote: "2.允许高校、科研院所、公立医院等机构增设流动岗位",
        },
      },
      {
        id: "box-17.task-3",
        number: 3,
        title: {
          zh: "扩大用人单位收入分配自主权,建立绩效工资总额正常增长机制",
          en: "Give employers more say over pay and set up normal growth of the total performance pay",
        },
        source: {
          line: 462,
          quote: "3.扩大用人单位收入分配自主权,建立绩效工资总额正常增长机制",
        },
      },
      {
        id: "box-17.task-4",
        number: 4,
        title: {
          zh: "吸纳20名以上中央和省上在武科研单位高层次人才",
          en: "Bring in at least 20 high-level researchers from central and provincial research units in Wuwei",
        },
        source: {
          line: 464,
          quote: "4.吸纳20名以上中央和省上在武科研单位高层次人才",
        },
        indicators: ["high-level-talent-absorbed"],
      },
      {
        id: "box-17.task-5",
        number: 5,
        title: {
          zh: "构建充分体现知识、技术等创新要素价值的收益分配机制",
          en: "Build an income distribution mechanism that reflects the value of knowledge, technology and other innovation factors",
        },
        source: {
          line: 466,
          quote: "5.构建充分体现知识、技术等创新要素价值的收益分配机制",
        },
      },
    ],
  },
  {
    id: "box-18",
    number: 18,
    title: {
      zh: "创新资源纵深集聚重点工程",
      en: "Key projects: concentrating innovation resources in depth",
    },
    kind: "key-projects",
    chapter: "ch6",
    section: "ch6.s3",
    source: {
      line: 478,
      quote: "创新资源纵深集聚重点工程",
    },
    tasks: [
      {
        id: "box-18.task-1",
        number: 1,
        title: {
          zh: "累计建成技术创新中心、技术转移中心、企业技术中心等各类科技创新平台100家以上",
          en: "Build at least 100 S&T innovation platforms in total: technology innovation centres, technology transfer centres, enterprise technology centres and others",
        },
        source: {
          line: 480,
          quote: "累计建成技术创新中心、技术转移中心、企业技术中心等各类科技创新平台100家以上",
        },
        indicators: ["st-innovation-platforms"],
      },
      {
        id: "box-18.task-2",
        number: 2,
        title: {
          zh: "建立和完善全市大型科学仪器设施运行和共享机制",
          en: "Set up and improve the citywide mechanism for running and sharing large scientific instruments",
        },
        source: {
          line: 482,
          quote: "2.建立和完善全市大型科学仪器设施运行和共享机制",
        },
      },
      {
        id: "box-18.task-3",
        number: 3,
        title: {
          zh: "支持和引导省属在武科研单位、市属科技推广服务单位、野外科学观测站等机构发挥骨干和引领带动作用",
          en: "Support provincial research units in Wuwei, municipal extension units and field stations in playing a leading role",
        },
        source: {
          line: 484,
          quote: "3.支持和引导省属在武科研单位、市属科技推广服务单位、野外科学观测站等机构发挥骨干和引领带动作用",
        },
      },
      {
        id: "box-18.task-4",
        number: 4,
        title: {
          zh: "形成石羊河全流域基础研究站群",
          en: "Form a cluster of basic research stations covering the whole Shiyang River basin",
        },
        source: {
          line: 486,
          quote: "形成石羊河全流域基础研究站群",
        },
      },
      {
        id: "box-18.task-5",
        number: 5,
        title: {
          zh: "积极推进专业化、特色化的科技中介服务",
          en: "Promote specialised and distinctive S&T intermediary services",
        },
        source: {
          line: 488,
          quote: "5.积极推进专业化、特色化的科技中介服务",
        },
      },
    ],
  },
  {
    id: "box-19",
    number: 19,
    title: {
      zh: "科技创新投入拓展重点工程",
      en: "Key projects: widening investment in S&T innovation",
    },
    kind: "key-projects",
    chapter: "ch6",
    section: "ch6.s4",
    source: {
      line: 500,
      quote: "科技创新投入拓展重点工程",
    },
    tasks: [
      {
        id: "box-19.task-1",
        number: 1,
        title: {
          zh: "创新科技金融服务",
          en: "Innovate S&T financial services",
        },
        source: {
          line: 502,
          quote: "1.创新科技金融服务",
        },
      },
      {
        id: "box-19.task-2",
        number: 2,
        title: {
          zh: "加大财政科技投入力度",
          en: "Increase fiscal investment in S&T",
        },
        source: {
          line: 504,
          quote: "2.加大财政科技投入力度",
        },
        indicators: ["fiscal-st-expenditure", "fiscal-st-share"],
      },
      {
        id: "box-19.task-3",
        number: 3,
        title: {
          zh: "完善激励企业研发的普惠性政策",
          en: "Improve universal policies that reward enterprise R&D",
        },
        source: {
          line: 506,
          quote: "3.完善激励企业研发的普惠性政策",
        },
      },
      {
        id: "box-19.task-4",
        number: 4,
        title: {
          zh: "引导全社会科技投入向基础研究、应用研究倾斜",
          en: "Steer society's S&T investment towards basic and applied research",
        },
        source: {
          line: 508,
          quote: "4.引导全社会科技投入向基础研究、应用研究倾斜",
        },
      },
      {
        id: "box-19.task-5",
        number: 5,
        title: {
          zh: "鼓励企事业单位、社会团体和个人等社会力量向政府科学基金或科技计划捐赠",
          en: "Encourage enterprises, institutions, social organisations and individuals to donate to government science funds or S&T programmes",
        },
        source: {
          line: 510,
          quote: "5.鼓励企事业单位、社会团体和个人等社会力量向政府科学基金或科技计划捐赠",
        },
      },
    ],
  },
  {
    id: "box-20",
    number: 20,
    title: {
      zh: "科技体制机制改革重点",
      en: "Key points: reform of S&T institutions and mechanisms",
    },
    kind: "key-points",
    chapter: "ch7",
    section: "ch7.s1",
    source: {
      line: 520,
      quote: "科技体制机制改革重点",
    },
    tasks: [
      {
        id: "box-20.task-1",
        number: 1,
        title: {
          zh: "完善科研经费使用管理机制",
          en: "Improve the management of research funds",
        },
        source: {
          line: 522,
          quote: "1.完善科研经费使用管理机制",
        },
      },
      {
        id: "box-20.task-2",
        number: 2,
        title: {
          zh: "推动项目管理主体多元化",
          en: "Diversify who manages projects",
        },
        source: {
          line: 524,
          quote: "推动项目管理主体多元化",
        },
      },
      {
        id: "box-20.task-3",
        number: 3,
        title: {
          zh: "建立健全企业家参与涉企创新创业政策制定机制",
          en: "Set up and improve mechanisms for entrepreneurs to take part in making innovation policies that concern enterprises",
        },
        source: {
          line: 526,
          quote: "3.建立健全企业家参与涉企创新创业政策制定机制",
        },
      },
    ],
  },
  {
    id: "box-21",
    number: 21,
    title: {
      zh: "科技成果转移转化重点",
      en: "Key points: transfer and commercialisation of S&T results",
    },
    kind: "key-points",
    chapter: "ch7",
    section: "ch7.s2",
    source: {
      line: 532,
      quote: "科技成果转移转化重点",
    },
    tasks: [
      {
        id: "box-21.task-1",
        number: 1,
        title: {
          zh: "推动高校和科研院所建立一批专业化的技术转移机构",
          en: "Have universities and research institutes set up specialised technology transfer offices",
        },
        source: {
          line: 534,
          quote: "1.推动高校和科研院所建立一批专业化的技术转移机构",
        },
      },
      {
        id: "box-21.task-2",
        number: 2,
        title: {
          zh: "鼓励企业牵头建设科技成果产业化基地与中试、验证平台",
          en: "Encourage enterprises to lead in building bases for industrialising results and pilot and verification platforms",
        },
        source: {
          line: 536,
          quote: "2.鼓励企业牵头建设科技成果产业化基地与中试、验证平台",
        },
      },
      {
        id: "box-21.task-3",
        number: 3,
        title: {
          zh: "积极引进、培养技术经理人",
          en: "Attract and train technology managers",
        },
        source: {
          line: 538,
          quote: "3.积极引进、培养技术经理人",
        },
      },
    ],
  },
  {
    id: "box-22",
    number: 22,
    title: {
      zh: "科技合作交流重点",
      en: "Key points: S&T cooperation and exchange",
    },
    kind: "key-points",
    chapter: "ch7",
    section: "ch7.s3",
    source: {
      line: 544,
      quote: "科技合作交流重点",
    },
    tasks: [
      {
        id: "box-22.task-1",
        number: 1,
        title: {
          zh: "鼓励企业积极与国内外科研院所合作",
          en: "Encourage enterprises to cooperate with research institutes at home and abroad",
        },
        source: {
          line: 546,
          quote: "1.鼓励企业积极与国内外科研院所合作",
        },
      },
      {
        id: "box-22.task-2",
        number: 2,
        title: {
          zh: "建立对外科技合作与交流人才信息库",
          en: "Set up a talent database for external S&T cooperation and exchange",
        },
        source: {
          line: 548,
          quote: "建立对外科技合作与交流人才信息库",
        },
      },
      {
        id: "box-22.task-3",
        number: 3,
        title: {
          zh: "加强东西部科技扶贫协作",
          en: "Strengthen east-west S&T cooperation against poverty",
        },
        source: {
          line: 550,
          quote: "3.加强东西部科技扶贫协作",
        },
      },
    ],
  },
  {
    id: "box-23",
    number: 23,
    title: {
      zh: "营造良好的创新创业文化重点任务",
      en: "Key tasks: fostering a good culture of innovation and entrepreneurship",
    },
    kind: "key-tasks",
    chapter: "ch7",
    section: "ch7.s4",
    source: {
      line: 556,
      quote: "营造良好的创新创业文化重点任务",
    },
    tasks: [
      {
        id: "box-23.task-1",
        number: 1,
        title: {
          zh: "聚焦科研诚信",
          en: "Focus on research integrity",
        },
        source: {
          line: 558,
          quote: "1.聚焦科研诚信",
        },
      },
      {
        id: "box-23.task-2",
        number: 2,
        title: {
          zh: "探索党建+科普+创新创业服务科普工作模式",
          en: "Explore a model of Party building plus science popularisation plus innovation services",
        },
        source: {
          line: 560,
          quote: "2.探索党建+科普+创新创业服务科普工作模式",
        },
      },
      {
        id: "box-23.task-3",
        number: 3,
        title: {
          zh: "加强科学技术普及",
          en: "Strengthen science popularisation",
        },
        source: {
          line: 562,
          quote: "3.加强科学技术普及",
        },
        indicators: ["provincial-sci-pop-bases", "municipal-sci-pop-bases", "sci-pop-venues", "sci-pop-workers"],
      },
      {
        id: "box-23.task-4",
        number: 4,
        title: {
          zh: "建立完善知识产权保护、维权、评估和风险控制体系",
          en: "Set up and improve systems for protecting, enforcing, valuing and managing the risk of intellectual property",
        },
        source: {
          line: 564,
          quote: "4.建立完善知识产权保护、维权、评估和风险控制体系",
        },
      },
    ],
  },
] satisfies PlanInput["boxes"];

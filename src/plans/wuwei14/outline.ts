import type { PlanInput } from "../../model/schema.js";

/** The four basic principles (基本原则, lines 64–70). Titles are the phrase after ——, verbatim. */
export const principles = [
  {
    id: "principle-1",
    title: {
      zh: "坚持市场导向,突出创新服务",
      en: "Follow market orientation, with emphasis on innovation services",
    },
    source: {
      line: 64,
      quote: "坚持市场导向,突出创新服务",
    },
  },
  {
    id: "principle-2",
    title: {
      zh: "坚持创新驱动,突出高端引领",
      en: "Stay innovation-driven, with high-end leadership",
    },
    source: {
      line: 66,
      quote: "坚持创新驱动,突出高端引领",
    },
  },
  {
    id: "principle-3",
    title: {
      zh: "坚持开放协同,突出资源整合",
      en: "Stay open and collaborative, with emphasis on integrating resources",
    },
    source: {
      line: 68,
      quote: "坚持开放协同,突出资源整合",
    },
  },
  {
    id: "principle-4",
    title: {
      zh: "坚持特色发展,突出先行先试",
      en: "Develop on local strengths, with emphasis on pioneering trials",
    },
    source: {
      line: 70,
      quote: "坚持特色发展,突出先行先试",
    },
  },
] satisfies PlanInput["principles"];

/**
 * The eight chapters with their sections and the numbered items of the section bodies. Chapter 二 (三) has no
 * numbered items; its four —— goals (lines 76–82) are encoded as items 1–4.
 */
export const chapters = [
  {
    id: "ch1",
    number: 1,
    title: {
      zh: "基础与形势",
      en: "Foundations and situation",
    },
    source: {
      line: 30,
      quote: "一、基础与形势",
    },
    sections: [
      {
        id: "ch1.s1",
        number: 1,
        title: {
          zh: "发展基础",
          en: "Development foundations",
        },
        source: {
          line: 32,
          quote: "(一)发展基础",
        },
        items: [
          {
            id: "ch1.s1.item-1",
            number: 1,
            title: {
              zh: "科技综合实力持续提升",
              en: "Overall S&T strength kept rising",
            },
            source: {
              line: 36,
              quote: "1.科技综合实力持续提升",
            },
          },
          {
            id: "ch1.s1.item-2",
            number: 2,
            title: {
              zh: "区域创新体系逐步完善",
              en: "The regional innovation system gradually improved",
            },
            source: {
              line: 38,
              quote: "2.区域创新体系逐步完善",
            },
          },
          {
            id: "ch1.s1.item-3",
            number: 3,
            title: {
              zh: "科技支撑作用持续释放",
              en: "S&T kept delivering support",
            },
            source: {
              line: 40,
              quote: "3.科技支撑作用持续释放",
            },
          },
          {
            id: "ch1.s1.item-4",
            number: 4,
            title: {
              zh: "科技创新成果不断涌现",
              en: "S&T innovation results kept emerging",
            },
            source: {
              line: 42,
              quote: "4.科技创新成果不断涌现",
            },
          },
          {
            id: "ch1.s1.item-5",
            number: 5,
            title: {
              zh: "助力脱贫攻坚成效明显",
              en: "Clear results in helping to win the fight against poverty",
            },
            source: {
              line: 44,
              quote: "5.助力脱贫攻坚成效明显",
            },
          },
          {
            id: "ch1.s1.item-6",
            number: 6,
            title: {
              zh: "科技体制改革纵深推进",
              en: "S&T system reform went deeper",
            },
            source: {
              line: 46,
              quote: "6.科技体制改革纵深推进",
            },
          },
        ],
      },
      {
        id: "ch1.s2",
        number: 2,
        title: {
          zh: "面临形势",
          en: "The situation ahead",
        },
        source: {
          line: 48,
          quote: "(二)面临形势",
        },
        items: [],
      },
    ],
  },
  {
    id: "ch2",
    number: 2,
    title: {
      zh: "思路与目标",
      en: "Approach and goals",
    },
    source: {
      line: 56,
      quote: "二、思路与目标",
    },
    sections: [
      {
        id: "ch2.s1",
        number: 1,
        title: {
          zh: "指导思想",
          en: "Guiding thought",
        },
        source: {
          line: 58,
          quote: "(一)指导思想",
        },
        items: [],
      },
      {
        id: "ch2.s2",
        number: 2,
        title: {
          zh: "基本原则",
          en: "Basic principles",
        },
        source: {
          line: 62,
          quote: "(二)基本原则",
        },
        items: [],
      },
      {
        id: "ch2.s3",
        number: 3,
        title: {
          zh: "发展目标",
          en: "Development goals",
        },
        source: {
          line: 72,
          quote: "(三)发展目标",
        },
        items: [
          {
            id: "ch2.s3.item-1",
            number: 1,
            title: {
              zh: "科技创新综合实力持续提升",
              en: "Comprehensive S&T innovation strength keeps rising",
            },
            source: {
              line: 76,
              quote: "——科技创新综合实力持续提升",
            },
          },
          {
            id: "ch2.s3.item-2",
            number: 2,
            title: {
              zh: "产业技术创新水平不断攀升",
              en: "Industrial technology innovation keeps climbing",
            },
            source: {
              line: 78,
              quote: "——产业技术创新水平不断攀升",
            },
          },
          {
            id: "ch2.s3.item-3",
            number: 3,
            title: {
              zh: "科技创新资源加速聚集",
              en: "S&T innovation resources gather faster",
            },
            source: {
              line: 80,
              quote: "——科技创新资源加速聚集",
            },
          },
          {
            id: "ch2.s3.item-4",
            number: 4,
            title: {
              zh: "科技创新创业环境更加优化",
              en: "A better environment for innovation and entrepreneurship",
            },
            source: {
              line: 82,
              quote: "——科技创新创业环境更加优化",
            },
          },
        ],
      },
    ],
  },
  {
    id: "ch3",
    number: 3,
    title: {
      zh: "拓展创新发展新空间",
      en: "Opening new space for innovation-led development",
    },
    source: {
      line: 162,
      quote: "三、拓展创新发展新空间",
    },
    sections: [
      {
        id: "ch3.s1",
        number: 1,
        title: {
          zh: "打造生态综合治理先进技术应用示范区",
          en: "Build a demonstration zone for advanced technologies of integrated ecological governance",
        },
        source: {
          line: 164,
          quote: "(一)打造生态综合治理先进技术应用示范区",
        },
        items: [],
      },
      {
        id: "ch3.s2",
        number: 2,
        title: {
          zh: "打造现代农业科技创新示范区",
          en: "Build a demonstration zone for S&T innovation in modern agriculture",
        },
        source: {
          line: 180,
          quote: "(二)打造现代农业科技创新示范区",
        },
        items: [],
      },
      {
        id: "ch3.s3",
        number: 3,
        title: {
          zh: "打造文化旅游科创综合服务区",
          en: "Build an integrated S&T service zone for culture and tourism",
        },
        source: {
          line: 192,
          quote: "(三)打造文化旅游科创综合服务区",
        },
        items: [],
      },
      {
        id: "ch3.s4",
        number: 4,
        title: {
          zh: "打造高能级产业园和科技成果转化示范区",
          en: "Build high-level industrial parks and a demonstration zone for transferring S&T results",
        },
        source: {
          line: 208,
          quote: "(四)打造高能级产业园和科技成果转化示范区",
        },
        items: [],
      },
    ],
  },
  {
    id: "ch4",
    number: 4,
    title: {
      zh: "创新驱动引领产业高质量发展",
      en: "Innovation driving high-quality development of industry",
    },
    source: {
      line: 224,
      quote: "四、创新驱动引领产业高质量发展",
    },
    sections: [
      {
        id: "ch4.s1",
        number: 1,
        title: {
          zh: "科技支撑引领现代农业发展",
          en: "S&T support leading modern agriculture",
        },
        source: {
          line: 228,
          quote: "(一)科技支撑引领现代农业发展",
        },
        items: [
          {
            id: "ch4.s1.item-1",
            number: 1,
            title: {
              zh: "农业种质资源创新",
              en: "Innovation in agricultural germplasm resources",
            },
            source: {
              line: 232,
              quote: "1.农业种质资源创新",
            },
          },
          {
            id: "ch4.s1.item-2",
            number: 2,
            title: {
              zh: "现代农机装备与节水灌溉设施",
              en: "Modern agricultural machinery and water-saving irrigation",
            },
            source: {
              line: 234,
              quote: "2.现代农机装备与节水灌溉设施",
            },
          },
          {
            id: "ch4.s1.item-3",
            number: 3,
            title: {
              zh: "绿色农畜产品精深加工",
              en: "Deep processing of green farm and livestock products",
            },
            source: {
              line: 236,
              quote: "3.绿色农畜产品精深加工",
            },
          },
          {
            id: "ch4.s1.item-4",
            number: 4,
            title: {
              zh: "建设现代农业科技支撑体系",
              en: "Build an S&T support system for modern agriculture",
            },
            source: {
              line: 238,
              quote: "4.建设现代农业科技支撑体系",
            },
          },
        ],
      },
      {
        id: "ch4.s2",
        number: 2,
        title: {
          zh: "科技支撑生态工业突破发展",
          en: "S&T support for a breakthrough in ecological industry",
        },
        source: {
          line: 258,
          quote: "(二)科技支撑生态工业突破发展",
        },
        items: [
          {
            id: "ch4.s2.item-1",
            number: 1,
            title: {
              zh: "培育壮大战略性新兴产业",
              en: "Grow strategic emerging industries",
            },
            source: {
              line: 262,
              quote: "1.培育壮大战略性新兴产业",
            },
          },
          {
            id: "ch4.s2.item-2",
            number: 2,
            title: {
              zh: "提升改造传统工业",
              en: "Upgrade traditional industry",
            },
            source: {
              line: 264,
              quote: "2.提升改造传统工业",
            },
          },
          {
            id: "ch4.s2.item-3",
            number: 3,
            title: {
              zh: "推进制造业数字化转型",
              en: "Advance the digital transformation of manufacturing",
            },
            source: {
              line: 266,
              quote: "3.推进制造业数字化转型",
            },
          },
        ],
      },
      {
        id: "ch4.s3",
        number: 3,
        title: {
          zh: "科技支撑文化旅游产业提效",
          en: "S&T support for a more efficient culture and tourism industry",
        },
        source: {
          line: 282,
          quote: "(三)科技支撑文化旅游产业提效",
        },
        items: [],
      },
      {
        id: "ch4.s4",
        number: 4,
        title: {
          zh: "科技支撑通道物流产业拓展",
          en: "S&T support for expanding corridor logistics",
        },
        source: {
          line: 298,
          quote: "(四)科技支撑通道物流产业拓展",
        },
        items: [],
      },
      {
        id: "ch4.s5",
        number: 5,
        title: {
          zh: "科技支撑现代服务业创新",
          en: "S&T support for innovation in modern services",
        },
        source: {
          line: 312,
          quote: "(五)科技支撑现代服务业创新",
        },
        items: [],
      },
      {
        id: "ch4.s6",
        number: 6,
        title: {
          zh: "科技支撑数字经济和信息化发展",
          en: "S&T support for the digital economy and informatisation",
        },
        source: {
          line: 330,
          quote: "(六)科技支撑数字经济和信息化发展",
        },
        items: [],
      },
    ],
  },
  {
    id: "ch5",
    number: 5,
    title: {
      zh: "强化科技支撑民生改善",
      en: "Stronger S&T support for people's livelihoods",
    },
    source: {
      line: 346,
      quote: "五、强化科技支撑民生改善",
    },
    sections: [
      {
        id: "ch5.s1",
        number: 1,
        title: {
          zh: "乡村振兴",
          en: "Rural revitalisation",
        },
        source: {
          line: 350,
          quote: "(一)乡村振兴",
        },
        items: [],
      },
      {
        id: "ch5.s2",
        number: 2,
        title: {
          zh: "生命健康",
          en: "Life and health",
        },
        source: {
          line: 362,
          quote: "(二)生命健康",
        },
        items: [],
      },
      {
        id: "ch5.s3",
        number: 3,
        title: {
          zh: "绿色低碳",
          en: "Green and low-carbon development",
        },
        source: {
          line: 378,
          quote: "(三)绿色低碳",
        },
        items: [],
      },
      {
        id: "ch5.s4",
        number: 4,
        title: {
          zh: "公共安全",
          en: "Public safety",
        },
        source: {
          line: 392,
          quote: "(四)公共安全",
        },
        items: [],
      },
      {
        id: "ch5.s5",
        number: 5,
        title: {
          zh: "新型城镇化",
          en: "New-type urbanisation",
        },
        source: {
          line: 410,
          quote: "(五)新型城镇化",
        },
        items: [],
      },
    ],
  },
  {
    id: "ch6",
    number: 6,
    title: {
      zh: "实施科技创新重点工程",
      en: "Key S&T innovation projects",
    },
    source: {
      line: 422,
      quote: "六、实施科技创新重点工程",
    },
    sections: [
      {
        id: "ch6.s1",
        number: 1,
        title: {
          zh: "自主创新能力提升工程",
          en: "Project to raise independent innovation capacity",
        },
        source: {
          line: 426,
          quote: "(一)自主创新能力提升工程",
        },
        items: [
          {
            id: "ch6.s1.item-1",
            number: 1,
            title: {
              zh: "强化企业创新主体地位",
              en: "Strengthen enterprises as the main actors of innovation",
            },
            source: {
              line: 430,
              quote: "1.强化企业创新主体地位",
            },
          },
          {
            id: "ch6.s1.item-2",
            number: 2,
            title: {
              zh: "大力培育高新技术企业",
              en: "Vigorously cultivate high-tech enterprises",
            },
            source: {
              line: 432,
              quote: "2.大力培育高新技术企业",
            },
          },
          {
            id: "ch6.s1.item-3",
            number: 3,
            title: {
              zh: "建立企业自主创新引导机制",
              en: "Set up mechanisms that guide enterprises' own innovation",
            },
            source: {
              line: 434,
              quote: "3.建立企业自主创新引导机制",
            },
          },
        ],
      },
      {
        id: "ch6.s2",
        number: 2,
        title: {
          zh: "创新人才智汇武威工程",
          en: "Project to bring innovative talent to Wuwei",
        },
        source: {
          line: 444,
          quote: "(二)创新人才智汇武威工程",
        },
        items: [
          {
            id: "ch6.s2.item-1",
            number: 1,
            title: {
              zh: "引进高端产业创新人才和团队",
              en: "Attract high-end industrial innovation talent and teams",
            },
            source: {
              line: 448,
              quote: "1.引进高端产业创新人才和团队",
            },
          },
          {
            id: "ch6.s2.item-2",
            number: 2,
            title: {
              zh: "积极培养本土科技人才",
              en: "Train local S&T talent",
            },
            source: {
              line: 450,
              quote: "2.积极培养本土科技人才",
            },
          },
          {
            id: "ch6.s2.item-3",
            number: 3,
            title: {
              zh: "发展壮大科技特派员队伍",
              en: "Expand the corps of S&T commissioners",
            },
            source: {
              line: 452,
              quote: "3.发展壮大科技特派员队伍",
            },
          },
          {
            id: "ch6.s2.item-4",
            number: 4,
            title: {
              zh: "加强人才激励和服务",
              en: "Better incentives and services for talent",
            },
            source: {
              line: 454,
              quote: "4.加强人才激励和服务",
            },
          },
        ],
      },
      {
        id: "ch6.s3",
        number: 3,
        title: {
          zh: "创新资源纵深集聚工程",
          en: "Project to concentrate innovation resources in depth",
        },
        source: {
          line: 468,
          quote: "(三)创新资源纵深集聚工程",
        },
        items: [
          {
            id: "ch6.s3.item-1",
            number: 1,
            title: {
              zh: "加强重大科学基础设施建设",
              en: "Build major scientific infrastructure",
            },
            source: {
              line: 472,
              quote: "1.加强重大科学基础设施建设",
            },
          },
          {
            id: "ch6.s3.item-2",
            number: 2,
            title: {
              zh: "推进高端技术创新平台建设",
              en: "Build high-end technology innovation platforms",
            },
            source: {
              line: 474,
              quote: "2.推进高端技术创新平台建设",
            },
          },
          {
            id: "ch6.s3.item-3",
            number: 3,
            title: {
              zh: "培育壮大科技服务主体",
              en: "Grow S&T service providers",
            },
            source: {
              line: 476,
              quote: "3.培育壮大科技服务主体",
            },
          },
        ],
      },
      {
        id: "ch6.s4",
        number: 4,
        title: {
          zh: "科技创新投入拓展工程",
          en: "Project to widen investment in S&T innovation",
        },
        source: {
          line: 490,
          quote: "(四)科技创新投入拓展工程",
        },
        items: [
          {
            id: "ch6.s4.item-1",
            number: 1,
            title: {
              zh: "推动科技与金融深度结合",
              en: "Integrate S&T and finance closely",
            },
            source: {
              line: 494,
              quote: "1.推动科技与金融深度结合",
            },
          },
          {
            id: "ch6.s4.item-2",
            number: 2,
            title: {
              zh: "保持财政科技投入持续稳定增长",
              en: "Keep fiscal S&T investment growing steadily",
            },
            source: {
              line: 496,
              quote: "2.保持财政科技投入持续稳定增长",
            },
          },
          {
            id: "ch6.s4.item-3",
            number: 3,
            title: {
              zh: "鼓励企业加大技术创新投入",
              en: "Encourage enterprises to invest more in technological innovation",
            },
            source: {
              line: 498,
              quote: "3.鼓励企业加大技术创新投入",
            },
          },
        ],
      },
    ],
  },
  {
    id: "ch7",
    number: 7,
    title: {
      zh: "优化创新创业生态环境",
      en: "Improving the ecosystem for innovation and entrepreneurship",
    },
    source: {
      line: 512,
      quote: "七、优化创新创业生态环境",
    },
    sections: [
      {
        id: "ch7.s1",
        number: 1,
        title: {
          zh: "深化科技体制机制改革",
          en: "Deepen reform of S&T institutions and mechanisms",
        },
        source: {
          line: 516,
          quote: "(一)深化科技体制机制改革",
        },
        items: [],
      },
      {
        id: "ch7.s2",
        number: 2,
        title: {
          zh: "完善成果转移转化机制",
          en: "Improve the mechanisms for transferring S&T results",
        },
        source: {
          line: 528,
          quote: "(二)完善成果转移转化机制",
        },
        items: [],
      },
      {
        id: "ch7.s3",
        number: 3,
        title: {
          zh: "拓宽科技合作交流领域",
          en: "Widen the fields of S&T cooperation and exchange",
        },
        source: {
          line: 540,
          quote: "(三)拓宽科技合作交流领域",
        },
        items: [],
      },
      {
        id: "ch7.s4",
        number: 4,
        title: {
          zh: "营造良好的创新创业文化",
          en: "Foster a good culture of innovation and entrepreneurship",
        },
        source: {
          line: 552,
          quote: "(四)营造良好的创新创业文化",
        },
        items: [],
      },
    ],
  },
  {
    id: "ch8",
    number: 8,
    title: {
      zh: "保障措施",
      en: "Safeguards",
    },
    source: {
      line: 566,
      quote: "八、保障措施",
    },
    sections: [
      {
        id: "ch8.s1",
        number: 1,
        title: {
          zh: "加强组织领导",
          en: "Stronger organisation and leadership",
        },
        source: {
          line: 568,
          quote: "(一)加强组织领导",
        },
        items: [],
      },
      {
        id: "ch8.s2",
        number: 2,
        title: {
          zh: "加强统筹协调",
          en: "Stronger overall coordination",
        },
        source: {
          line: 572,
          quote: "(二)加强统筹协调",
        },
        items: [],
      },
      {
        id: "ch8.s3",
        number: 3,
        title: {
          zh: "创新考评机制",
          en: "New evaluation and appraisal mechanisms",
        },
        source: {
          line: 576,
          quote: "(三)创新考评机制",
        },
        items: [],
      },
      {
        id: "ch8.s4",
        number: 4,
        title: {
          zh: "保障政策落实",
          en: "Make sure policies are carried out",
        },
        source: {
          line: 580,
          quote: "(四)保障政策落实",
        },
        items: [],
      },
    ],
  },
] satisfies PlanInput["chapters"];

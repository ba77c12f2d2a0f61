const utf8 = (text: string) => new TextEncoder().encode(text);

// 指 d6b8 标 b1ea 地 b5d8 区 c7f8 年 c4ea 份 b7dd 数 cafd 值 d6b5 武 cee4 威 cdfe 市 cad0
/** GBK bytes of "指标,地区,年份,数值\nrd-intensity,武威市,2023,0.95\n" as Excel saves them on a Chinese system. */
export const GBK = new Uint8Array([
  0xd6,
  0xb8,
  0xb1,
  0xea,
  0x2c,
  0xb5,
  0xd8,
  0xc7,
  0xf8,
  0x2c,
  0xc4,
  0xea,
  0xb7,
  0xdd,
  0x2c,
  0xca,
  0xfd,
  0xd6,
  0xb5,
  0x0a,
  ...utf8("rd-intensity,"),
  0xce,
  0xe4,
  0xcd,
  0xfe,
  0xca,
  0xd0,
  ...utf8(",2023,0.95\n"),
]);

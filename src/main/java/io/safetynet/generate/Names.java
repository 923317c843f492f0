package io.safetynet.generate;

import java.util.SplittableRandom;

/** Synthetic Chinese names and mainland mobile numbers; any resemblance to a real person is chance. */
final class Names {
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余";
  private static final String MALE = "伟强军磊勇杰涛明超华建国平刚俊峰斌辉鹏林福贵海山志";
  private static final String FEMALE = "芳娟敏静丽艳娜霞秀英玲燕梅红兰琴萍雪慧婷桂凤春";
  private static final String[] MOBILE_PREFIXES = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "158", "159",
    "177", "180", "181", "186", "187", "188", "189"
  };

  private Names() {}

  static char surname(SplittableRandom r) {
    return SURNAMES.charAt(r.nextInt(SURNAMES.length()));
  }

  /** A one- or two-character given name after the surname. */
  static String name(SplittableRandom r, char surname, boolean male) {
    String pool = male ? MALE : FEMALE;
    StringBuilder b = new StringBuilder(3).append(surname).append(pool.charAt(r.nextInt(pool.length())));
    if (r.nextInt(3) > 0) {
      b.append(pool.charAt(r.nextInt(pool.length())));
    }
    return b.toString();
  }

  /** An 11-digit mobile number. */
  static String phone(SplittableRandom r) {
    StringBuilder b = new StringBuilder(11).append(MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)]);
    for (int i = 0; i < 8; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }
}

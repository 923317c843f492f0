package io.safetynet.explain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policy citations a reader can follow: the seed documents are named by their title instead of their file name
 * ({@code 001_13153c10c1d4bd39.txt 三、(二)4} becomes {@code 001 孝感市大悟县健康扶贫医疗保障（2018） 三、(二)4}).
 * Titles from POLICY.md's seed table; a seed not listed keeps its file name.
 */
final class Citations {
  private static final Pattern SEED_FILE = Pattern.compile("\\b(\\d{3})_[0-9a-f]{16}\\.txt\\b");
  private static final Pattern ASSUMPTION = Pattern.compile("^assumption(?: \\((.*)\\))?$", Pattern.DOTALL);
  private static final Map<String, String[]> TITLES = Map.of(
      "000", new String[] {"甘肃省健康扶贫先锋行动（2018）", "Gansu health-poverty-alleviation pioneer action (2018)"},
      "001", new String[] {"孝感市大悟县健康扶贫医疗保障（2018）", "Xiaogan / Dawu health-poverty-alleviation insurance (2018)"},
      "002", new String[] {"阜新市医疗保障扶贫三年行动实施方案（2018—2020）",
          "Fuxin three-year medical-insurance poverty-alleviation plan (2018-2020)"},
      "003", new String[] {"上海市农村贫困人口大病专项救治工作方案（2017）",
          "Shanghai rural poor major-disease treatment plan (2017)"},
      "004", new String[] {"阿拉善左旗2019年健康扶贫工作实施方案", "Alxa Left Banner health-poverty-alleviation plan (2019)"});

  private Citations() {}

  /** Every seed file name in {@code text} replaced by its number and title; an assumption said as one. */
  static String readable(String text, TraceSentences.Lang lang) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher a = ASSUMPTION.matcher(text.strip());
    if (a.matches()) {
      String why = a.group(1) == null ? null : titles(a.group(1), lang);
      return lang == TraceSentences.Lang.zh
          ? "无文件依据的假设" + (why == null ? "" : "：" + why)
          : "an assumption no document backs" + (why == null ? "" : ": " + why);
    }
    return titles(text, lang);
  }

  /** Seed file names in {@code text} as number and title; nothing else changed. */
  static String titles(String text, TraceSentences.Lang lang) {
    Matcher m = SEED_FILE.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String[] title = TITLES.get(m.group(1));
      String name = title == null ? m.group() : m.group(1) + " " + title[lang.ordinal()];
      m.appendReplacement(b, Matcher.quoteReplacement(name));
    }
    return m.appendTail(b).toString();
  }
}

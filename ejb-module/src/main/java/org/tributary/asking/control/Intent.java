package org.tributary.asking.control;

import java.util.List;

/**
 * What a question asks for, each with the words (stems, as {@link QuestionWords#matches}) or phrases that say
 * so in English and Russian. Declared in the order they are tried: "compare what I spent" is a comparison,
 * "how much on average" an average, and "how much" alone what was spent.
 */
enum Intent {
    GREW(List.of(
            "grew",
            "grow",
            "growing",
            "increase",
            "increased",
            "went up",
            "gone up",
            "rose",
            "spending more on",
            "spend more on",
            "вырос",
            "выросл",
            "увелич",
            "подорожал",
            "стал тратить больше")),
    COMPARE(List.of("compare", "compared", "comparison", "versus", "vs", "сравни", "сравнен", "сравнит")),
    REGULAR(List.of(
            "subscriptions",
            "recurring",
            "regular payments",
            "regularly",
            "pay every month",
            "подписки",
            "подписок",
            "регулярн",
            "ежемесячн платеж",
            "плачу каждый месяц")),
    NEW_PLACES(List.of(
            "new places",
            "new merchants",
            "new shops",
            "new stores",
            "new merchant",
            "new place",
            "new shop",
            "first time",
            "never been",
            "новые магазин",
            "новых магазин",
            "новые мест",
            "новых мест",
            "новые продав",
            "новых продав",
            "новые получател",
            "впервые",
            "первый раз")),
    BIGGEST(List.of(
            "biggest",
            "largest",
            "most expensive",
            "top",
            "самый больш",
            "самые больш",
            "самых больш",
            "самая больш",
            "самый крупн",
            "самые крупн",
            "самых крупн",
            "самая крупн",
            "самый дорог",
            "самые дорог",
            "самая дорог",
            "крупнейш",
            "наибольш",
            "максимальн")),
    BALANCE(List.of(
            "more than i earn",
            "more than i make",
            "less than i earn",
            "balance",
            "net",
            "left over",
            "did i save",
            "have i saved",
            "how much i saved",
            "in the red",
            "больше чем зарабат",
            "больше чем получ",
            "баланс",
            "остал",
            "сэконом",
            "отложил",
            "в минусе",
            "в плюсе")),
    EARNED(List.of(
            "earn",
            "earned",
            "income",
            "receive",
            "received",
            "got paid",
            "get paid",
            "заработ",
            "доход",
            "получил",
            "поступлен",
            "поступил")),
    AVERAGE(List.of("average", "on avg", "per month", "a month", "в среднем", "средн", "в месяц", "ежемесячно")),
    WHERE(List.of(
            "where did my money go",
            "where does my money go",
            "where my money goes",
            "where did the money go",
            "spend the most on",
            "spent the most on",
            "spend most on",
            "spent most on",
            "by category",
            "categories",
            "breakdown",
            "на что ушли",
            "на что ушло",
            "на что уходят",
            "на что уходит",
            "куда ушли",
            "куда ушло",
            "куда уходят",
            "куда уходит",
            "куда делись",
            "на что я больше всего",
            "на что больше всего",
            "по категори")),
    SPENT(List.of(
            "how much",
            "spend",
            "spent",
            "spending",
            "paid",
            "pay",
            "cost",
            "total",
            "сколько",
            "потрат",
            "трат",
            "заплат",
            "расход",
            "ушло"));

    private final List<List<String>> phrases;

    Intent(List<String> phrases) {
        this.phrases = phrases.stream().map(QuestionWords::of).toList();
    }

    boolean isIn(List<String> words) {
        for (List<String> phrase : phrases) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                int k = 0;
                while (k < phrase.size() && QuestionWords.matches(words.get(i + k), phrase.get(k))) {
                    k++;
                }
                if (k == phrase.size()) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.zhaoshang.crm.lead.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead list's text search as Chinese users type (issue 17): the rules' table, through the list's index, so that
 * its grams find every lead the rules match.
 */
class LeadListSearchTest {

    @ParameterizedTest(name = "{0} | {1} | {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Barclays           | 巴克莱银行    |                | bkl          | true
            Barclays           | 巴克莱银行    |                | bakelai      | true
            Barclays           | 巴克莱银行    |                | ba ke lai    | true
            Barclays           | 巴克莱银行    |                | Ba'Ke'Lai    | true
            Barclays           | 巴克莱银行    |                | BKL          | true
            Barclays           | 巴克莱银行    |                | bakel        | true
            Barclays           | 巴克莱银行    |                | kelai        | true
            Barclays           | 巴克莱银行    |                | bkelai       | true
            Barclays           | 巴克莱银行    |                | yinhang      | true
            Barclays           | 巴克莱银行    |                | yinxing      | true
            Barclays           | 巴克莱银行    |                | bklyh        | true
            Barclays           | 巴克莱银行    |                | 巴克萊        | true
            Barclays           | 巴克萊銀行    |                | 巴克莱        | true
            Barclays           | 巴克萊銀行    |                | bkl          | true
            Barclays           | 巴克莱银行    |                | ＢＡＲＣＬＡＹＳ | true
            ＢＡＲＣＬＡＹＳ     | 巴克莱银行    |                | barclays     | true
            Barclays           | 巴克莱银行    |                | ｂｋｌ         | true
            Barclays           | 巴克莱银行    |                | BARCLAYS     | true
            Barclays           | 巴克莱银行    |                | 克莱         | true
            Barclays           | 巴克莱银行    |                | akelai       | false
            Barclays           | 巴克莱银行    |                | blk          | false
            Barclays           | 巴克莱银行    |                | bl           | false
            Barclays           | 巴克莱银行    |                | bkx          | false
            Barclays           | 巴克莱银行    |                | 巴克来        | false
            Barclays Capital   |              |                | capital      | true
            Barclays Capital   |              |                | ys cap       | true
            Barclays Capital   |              |                | bc           | false
            Barclays           | 巴克莱银行    | 王小明          | wxm          | true
            Barclays           | 巴克莱银行    | 王小明          | xiaoming     | true
            Barclays           | 巴克莱银行    | 王小明          | wangxm       | true
            Barclays           | 巴克莱银行    | 王小明          | lxm          | false
            Barclays           | 巴克莱银行    | 吕芳            | lvfang       | true
            Barclays           | 巴克莱银行    | 吕芳            | lufang       | true
            Changsha Bank      | 长沙银行      |                | changsha     | true
            Changsha Bank      | 长沙银行      |                | cs           | true
            Changsha Bank      | 长沙银行      |                | zhangsha     | true
            Xiamen Air         | 厦门航空      |                | xiamen       | true
            Chengdu Tech       | 成都科技      |                | chengdu      | true
            Zhongguo Pingan    | 中国平安      |                | zhgpa        | true
            ABB                | ABB（中国）   |                | zg           | true
            ABB                | ABB（中国）   |                | abb（中国）    | true
            ABB                | ABB（中国）   |                | abbzg        | false
            Siemens            | 西门子        | Tanaka Hiroshi | tanaka       | true
            Siemens            | 西门子        | Tanaka Hiroshi | th           | false
            """)
    void aLeadIsFoundByItsNamesAsTyped(String nameEn, String nameZh, String contact, String typed, boolean found) {
        LeadListIndex index = new LeadListIndex();
        index.put(lead("l-1", nameEn, nameZh, contact == null ? List.of() : List.of(contact), null));
        index.put(lead("l-other", "Mercury", "别的公司", List.of("Jones"), null));

        List<String> ids = ids(index, typed, LeadSort.IDENTIFIED_ON, false);

        assertThat(ids).isEqualTo(found ? List.of("l-1") : List.of());
    }

    @Test
    void aLeadWhoseNamesChangeIsFoundByItsNewNamesOnly() {
        LeadListIndex index = new LeadListIndex();
        index.put(lead("l-1", "Barclays", "巴克莱", List.of(), null));
        index.put(lead("l-1", "HSBC", "汇丰", List.of("王小明"), null));

        assertThat(ids(index, "bkl", LeadSort.IDENTIFIED_ON, false)).isEmpty();
        assertThat(ids(index, "hf", LeadSort.IDENTIFIED_ON, false)).containsExactly("l-1");
        assertThat(ids(index, "wxm", LeadSort.IDENTIFIED_ON, false)).containsExactly("l-1");
    }

    @Test
    void aPageOfFewOrManyMatchesKeepsTheOrderAndTheTotal() {
        LeadListIndex index = new LeadListIndex();
        List<LeadSummary> leads = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            String name = n % 50 == 0 ? "Rare Capital " + n : "Common Bank " + n;
            BigDecimal amount = n % 7 == 0 ? null : BigDecimal.valueOf(n % 13 * 100L);
            LeadSummary lead = lead(String.format("l-%03d", n), name, null, List.of(), amount);
            leads.add(lead);
            index.put(lead);
        }
        Comparator<LeadSummary> byAmountDescendingThenWithout = Comparator
                .comparing((LeadSummary lead) -> lead.plannedInvestmentCnyWan() == null)
                .thenComparing((LeadSummary lead) -> lead.plannedInvestmentCnyWan() == null ? BigDecimal.ZERO
                                                                                             : lead.plannedInvestmentCnyWan(),
                               Comparator.reverseOrder())
                .thenComparing((a, b) -> a.plannedInvestmentCnyWan() == null ? a.leadId().compareTo(b.leadId())
                                                                             : b.leadId().compareTo(a.leadId()));
        for (String typed : List.of("rare", "bank")) {
            List<String> expected = leads.stream().filter(lead -> lead.companyNameEn().toLowerCase().contains(typed))
                                         .sorted(byAmountDescendingThenWithout).map(LeadSummary::leadId).toList();
            var page = index.find(filter(typed), null, LeadSort.PLANNED_INVESTMENT, true, 1, 5);

            assertThat(page.total()).isEqualTo(expected.size());
            assertThat(page.leads()).extracting(LeadSummary::leadId).isEqualTo(expected.subList(5, 10));
        }
    }

    private static List<String> ids(LeadListIndex index, String typed, LeadSort sort, boolean descending) {
        return index.find(filter(typed), null, sort, descending, 0, 50).leads().stream().map(LeadSummary::leadId)
                    .toList();
    }

    private static LeadFilter filter(String text) {
        return new LeadFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, text,
                              null);
    }

    private static LeadSummary lead(String id, String nameEn, String nameZh, List<String> contacts,
                                    BigDecimal amount) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        return new LeadSummary(id, nameEn, nameZh, SourceMarket.values()[0], null, null, false, null, "staff",
                               List.of(), Stage.LEAD, Stage.LEAD, LeadStatus.OPEN, amount, null,
                               LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), null, contacts, List.of(),
                               created, created, 1, List.of());
    }
}

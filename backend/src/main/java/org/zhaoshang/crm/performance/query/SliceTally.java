package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.performance.api.Figure;
import org.zhaoshang.crm.performance.api.FigurePart;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.PromisedVsActual;
import org.zhaoshang.crm.performance.api.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The figures of one slice, added up project by project. */
final class SliceTally {

    private static final Rate[] RATES = Rate.values();

    private final String value;
    private final int taxYear;
    private long projects;
    private final BigDecimal[] numerators = zeros();
    private final BigDecimal[] denominators = zeros();
    private final long[] numeratorProjects = new long[RATES.length];
    private final long[] denominatorProjects = new long[RATES.length];
    private BigDecimal committed = BigDecimal.ZERO;
    private BigDecimal due = BigDecimal.ZERO;
    private BigDecimal reported = BigDecimal.ZERO;
    private BigDecimal verified = BigDecimal.ZERO;
    private BigDecimal investment = BigDecimal.ZERO;
    private BigDecimal landMu = BigDecimal.ZERO;
    private BigDecimal landPromisedInvestment = BigDecimal.ZERO;
    private BigDecimal landVerified = BigDecimal.ZERO;
    private BigDecimal landPromisedTax = BigDecimal.ZERO;
    private BigDecimal landTax = BigDecimal.ZERO;
    private long belowBar;
    private long promisedBelowBar;

    SliceTally(String value, int taxYear) {
        this.value = value;
        this.taxYear = taxYear;
    }

    void add(ProjectAtDay project) {
        projects++;
        for (int i = 0; i < RATES.length; i++) {
            Rate rate = RATES[i];
            if (project.counts(rate, FigurePart.DENOMINATOR)) {
                denominatorProjects[i]++;
                denominators[i] = denominators[i].add(rate == Rate.CAPITAL_ARRIVAL_AMOUNT ? project.capitalDueWan
                                                                                         : BigDecimal.ONE);
            }
            if (project.counts(rate, FigurePart.NUMERATOR)) {
                numeratorProjects[i]++;
                numerators[i] = numerators[i].add(rate == Rate.CAPITAL_ARRIVAL_AMOUNT ? project.capitalVerifiedWan
                                                                                     : BigDecimal.ONE);
            }
        }
        committed = committed.add(project.capitalCommittedWan);
        due = due.add(project.capitalDueWan);
        reported = reported.add(project.capitalReportedWan);
        verified = verified.add(project.capitalVerifiedWan);
        investment = investment.add(orZero(project.commitments.totalInvestmentCnyWan()));
        BigDecimal mu = project.landMu();
        if (mu != null) {
            landMu = landMu.add(mu);
            BigDecimal promisedInvestment = orZero(project.commitments.totalInvestmentCnyWan());
            landPromisedInvestment = landPromisedInvestment.add(promisedInvestment);
            landVerified = landVerified.add(project.capitalVerifiedWan);
            landPromisedTax = landPromisedTax.add(orZero(project.commitments.annualTaxWan()));
            landTax = landTax.add(project.taxOf(taxYear));
            BigDecimal bar = YearTargets.DISTRICT_BAR_PER_MU_WAN;
            belowBar += perMu(project.capitalVerifiedWan, mu).compareTo(bar) < 0 ? 1 : 0;
            promisedBelowBar += perMu(promisedInvestment, mu).compareTo(bar) < 0 ? 1 : 0;
        }
    }

    PerformanceReport.Row row() {
        List<Figure> figures = new ArrayList<>(RATES.length);
        for (int i = 0; i < RATES.length; i++) {
            figures.add(new Figure(RATES[i], numerators[i], denominators[i],
                                   denominators[i].signum() == 0 ? null
                                           : numerators[i].divide(denominators[i], 4, RoundingMode.HALF_UP),
                                   numeratorProjects[i], denominatorProjects[i]));
        }
        boolean land = landMu.signum() > 0;
        return new PerformanceReport.Row(value, projects, figures, new PromisedVsActual(
                committed, due, reported, verified, landMu,
                land ? perMu(landPromisedInvestment, landMu) : null, land ? perMu(landVerified, landMu) : null,
                land ? perMu(landPromisedTax, landMu) : null, taxYear, land ? perMu(landTax, landMu) : null,
                YearTargets.DISTRICT_BAR_PER_MU_WAN, belowBar, promisedBelowBar, investment));
    }

    private static BigDecimal perMu(BigDecimal amount, BigDecimal mu) {
        return amount.divide(mu, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] zeros = new BigDecimal[RATES.length];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }
}

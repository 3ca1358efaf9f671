package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.AmbassadorPicker;
import org.zhaoshang.crm.lead.api.command.ChangeLeadSourceCommand;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.Priority;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.command.UpdateLeadAssessmentCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadCompanyCommand;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.FieldErrors;

/**
 * The company as recorded (names, home, industry, Fortune 500, website), where the lead came from and who gets the
 * credit, and the bureau's assessment of the lead.
 */
class CompanyPanel extends VerticalLayout {

    final TextField nameEn = new TextField();
    final TextField nameZh = new TextField();
    final TextField homeCountry = new TextField();
    final TextField homeCity = new TextField();
    final ComboBox<Industry> industry = new ComboBox<>();
    final Checkbox fortune500 = new Checkbox();
    final Checkbox industryLeader = new Checkbox();
    final TextField website = new TextField();
    final Button saveCompany = new Button();
    final ComboBox<Priority> priority = new ComboBox<>();
    final IntegerField likelihoodPercent = new IntegerField();
    final TextField responsibleLeader = new TextField();
    final Button saveAssessment = new Button();
    final ComboBox<SourceMarket> market = new ComboBox<>();
    final ComboBox<Channel> channel = new ComboBox<>();
    final AmbassadorPicker introducedBy;
    final Button saveSource = new Button();
    private LeadDetail lead;

    CompanyPanel(CommandSender sender, AmbassadorPicker introducedBy, Runnable reload) {
        this.introducedBy = introducedBy;
        nameEn.setLabel(getTranslation("lead.form.companyNameEn"));
        nameZh.setLabel(getTranslation("lead.form.companyNameZh"));
        homeCountry.setLabel(getTranslation("lead.company.homeCountry"));
        homeCity.setLabel(getTranslation("lead.company.homeCity"));
        industry.setLabel(getTranslation("lead.company.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(value -> getTranslation("industry." + value.name()));
        fortune500.setLabel(getTranslation("lead.company.fortune500"));
        industryLeader.setLabel(getTranslation("lead.company.industryLeader"));
        website.setLabel(getTranslation("lead.company.website"));
        FieldErrors companyErrors = new FieldErrors().field("companyName", nameEn).field("companyNameEn", nameEn)
                                                     .field("companyNameZh", nameZh)
                                                     .field("homeCountry", homeCountry).field("homeCity", homeCity)
                                                     .field("website", website);
        saveCompany.setText(getTranslation("lead.form.save"));
        saveCompany.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveCompany.addClickListener(click -> {
            Company company = new Company(Texts.stripped(nameEn.getValue()), Texts.stripped(nameZh.getValue()),
                                          Texts.stripped(homeCountry.getValue()), Texts.stripped(homeCity.getValue()),
                                          industry.getValue(), fortune500.getValue(), industryLeader.getValue(),
                                          Texts.stripped(website.getValue()));
            if (SavedToast.confirm(sender.send(new UpdateLeadCompanyCommand(lead.leadId(), company, lead.version()), companyErrors), lead)) {
                reload.run();
            }
        });
        priority.setLabel(getTranslation("lead.assessment.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(value -> getTranslation("priority." + value.name()));
        likelihoodPercent.setLabel(getTranslation("lead.assessment.likelihoodPercent"));
        likelihoodPercent.setMin(0);
        likelihoodPercent.setMax(100);
        responsibleLeader.setLabel(getTranslation("lead.assessment.responsibleLeader"));
        FieldErrors assessmentErrors = new FieldErrors().field("likelihoodPercent", likelihoodPercent)
                                                        .field("responsibleLeader", responsibleLeader);
        saveAssessment.setText(getTranslation("lead.form.save"));
        saveAssessment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAssessment.addClickListener(click -> {
            if (SavedToast.confirm(sender.send(new UpdateLeadAssessmentCommand(lead.leadId(), priority.getValue(),
                                                            likelihoodPercent.getValue(),
                                                            Texts.stripped(responsibleLeader.getValue()),
                                                            lead.version()), assessmentErrors), lead)) {
                reload.run();
            }
        });
        market.setLabel(getTranslation("lead.form.market"));
        market.setItems(SourceMarket.values());
        market.setItemLabelGenerator(value -> getTranslation("market." + value.name()));
        channel.setLabel(getTranslation("lead.form.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(value -> getTranslation("channel." + value.name()));
        channel.setClearButtonVisible(true);
        introducedBy.setLabel(getTranslation("lead.form.introducedBy"));
        FieldErrors sourceErrors = new FieldErrors().field("market", market).field("channel", channel)
                                                    .field("introducedBy", introducedBy);
        saveSource.setText(getTranslation("lead.form.save"));
        saveSource.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSource.addClickListener(click -> {
            if (SavedToast.confirm(sender.send(new ChangeLeadSourceCommand(lead.leadId(), market.getValue(), channel.getValue(),
                                                        introducedBy.ambassadorId(), lead.version()),
                            sourceErrors), lead)) {
                reload.run();
            }
        });
        FormLayout source = new FormLayout(market, channel, introducedBy);
        source.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        FormLayout company = new FormLayout(nameEn, nameZh, homeCountry, homeCity, industry, website, fortune500,
                                            industryLeader);
        company.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        FormLayout assessment = new FormLayout(priority, likelihoodPercent, responsibleLeader);
        assessment.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                                      new FormLayout.ResponsiveStep("40em", 3));
        add(company, saveCompany, new H4(getTranslation("lead.source.title")), source, saveSource,
            new H4(getTranslation("lead.assessment.title")), assessment, saveAssessment);
    }

    void show(LeadDetail shown, boolean mayChange) {
        lead = shown;
        Company company = shown.company();
        nameEn.setValue(text(company.nameEn()));
        nameZh.setValue(text(company.nameZh()));
        homeCountry.setValue(text(company.homeCountry()));
        homeCity.setValue(text(company.homeCity()));
        industry.setValue(company.industry());
        fortune500.setValue(company.fortune500());
        industryLeader.setValue(company.industryLeader());
        website.setValue(text(company.website()));
        priority.setValue(shown.priority());
        likelihoodPercent.setValue(shown.likelihoodPercent());
        responsibleLeader.setValue(text(shown.responsibleLeader()));
        market.setValue(shown.market());
        channel.setValue(shown.channel());
        introducedBy.selectAmbassador(shown.introducedBy());
        setEnabled(mayChange);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

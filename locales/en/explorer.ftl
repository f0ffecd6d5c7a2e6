# The support explorer (src-tauri/core/src/explorer, assets/content/rules/*.toml): the names of the
# dated periods of rules, and per pathway the lines that *may* apply to a household: the support of
# the voluntary-return programme (the app shows the amount computed for the household beside each
# line, so no amount is written here), the legal procedures worth asking a legal adviser about
# (always "maybe"), and the rights and risks of moving on and of staying without papers.
# Every explore- text is shown to the person and printed in their language: plain words, "you",
# no promises, the same care for each pathway. Inform, never persuade.
# General legal facts cite the source "general-law" and stay as general as on the cards (cards.ftl).
# The error-household- messages are for the counsellor; $max is the most adults, and the most
# children, a household may have.

## Periods

rules-study-before-2015-06 = The study’s rules before June 2015
rules-study-from-2015-06 = The study’s rules from June 2015 (Fedasil simplified its criteria)

## Return

explore-return-journey = The journey and travel documents
explore-return-journey-detail = The programme organises and pays your journey by plane or bus, and helps you get travel documents. Someone helps you at departure, in transit and on arrival, and the cost of getting to the airport or station is repaid.
explore-return-premium = Return premium
explore-return-premium-detail = A sum of money given to you when you return: per adult, and per child where it applies. People from a country whose nationals need no visa to enter Belgium do not get it.
explore-return-reintegration = Reintegration support
explore-return-reintegration-detail = Support for a new start in your country, for example a small business, a training or the rent of a home. It is not paid in cash: after your return a local partner pays for what your plan needs, in principle within 12 months, and follows your project for about a year.
explore-return-eu-topup = European top-up
explore-return-eu-topup-detail = A European fund can add an amount per file (for the whole household) to the reintegration support. It is given in the same way: in kind, through the local partner.
explore-return-vulnerable = Extra help for vulnerable people
explore-return-vulnerable-detail = Exceptional extra help for people in a vulnerable situation, for example pregnant women, people with health problems, victims of human trafficking or families with children. What it covers depends on your needs; a return partner tells you what applies to you.

## Legalising the stay

explore-asylum = Asylum (international protection)
explore-asylum-detail = If you fear persecution or serious harm in your country, you can ask Belgium for protection; the Commissioner General for Refugees and Stateless Persons examines the application. If you have applied before, a new application needs new facts or evidence. A legal adviser tells you whether this way is open to you; a lawyer can be free if your income is low (ask at the legal aid office of the bar).
explore-asylum-bring = Your passport or identity documents, if you have them; anything that shows what happened to you or the danger you fear (documents, photos, medical reports, articles); and every letter or decision about an earlier application, in Belgium or in another country.
explore-humanitarian-regularisation = Regularisation on humanitarian grounds (9bis)
explore-humanitarian-regularisation-detail = In exceptional circumstances you can ask the Immigration Office for a right to stay without leaving Belgium, for example after a long stay and with strong ties here. The Office decides case by case, without fixed criteria, and you usually pay a fee; a legal adviser tells you whether an application makes sense in your situation.
explore-humanitarian-regularisation-bring = Your passport or identity card, proof of your address, and proof of your life in Belgium: how long you have been here, work, training or language courses, school for the children, and letters from people who know you.
explore-humanitarian-regularisation-time = Often many months, sometimes years; ask your adviser. While you wait, you usually have no residence document.
explore-medical-regularisation = Regularisation on medical grounds (9ter)
explore-medical-regularisation-detail = If you have a serious illness that cannot be treated properly in your country of origin, you can ask for a right to stay on medical grounds. A doctor must fill in a special medical certificate; a legal adviser tells you whether your situation fits.
explore-medical-regularisation-bring = Your passport or identity card; a recent medical certificate on the official form, filled in by your doctor; your other medical reports and the list of your treatments and medicines; and, if you have it, information on whether the treatment exists in your country and what it costs there.
explore-medical-regularisation-time = Often many months, sometimes longer; ask your adviser. Keep your medical reports up to date while you wait.
explore-family-reunification = Family reunification
explore-family-reunification-detail = If a close family member is Belgian, a citizen of another EU country, or has a right to stay in Belgium, you may be able to ask for a right to stay with them. The conditions depend on the family tie (spouse or partner, child, parent) and often include income and housing; sometimes you must apply from abroad. A legal adviser tells you what applies to you.
explore-family-reunification-bring = Your passport or identity card; your birth or marriage certificates (often legalised and translated); and your family member’s residence card or identity card and, if you have them, proof of their income and housing.
explore-trafficking-victim = Victims of human trafficking
explore-trafficking-victim-detail = If you were exploited, at work, sexually or in another way, or someone brought you here by force or deception, a special procedure can give you protection and a right to stay. It goes through a specialised centre (Payoke in Antwerp, PAG-ASA in Brussels, Sürya in Liège). You can talk to the centre first to understand the conditions, such as breaking all contact with the people who exploited you and making a statement to the police or the justice system.
explore-statelessness = Statelessness
explore-statelessness-detail = If no country recognises you as its national, you can ask a Belgian court to recognise you as stateless. Whether this also gives you a right to stay depends on your situation; a legal adviser tells you what it means for you.
explore-statelessness-bring = Every document about your identity and origin (a birth certificate, an old passport or identity card), and any letter from an embassy or authority saying that you are not its national.

## Moving on

explore-dublin = The Dublin rules
explore-dublin-detail = Under the European Dublin rules, one country is responsible for an asylum application, often the first country you entered or applied in, and fingerprints are shared between European countries. If you move on to another country, it may send you back to the responsible country. The EU Pact on Migration and Asylum changes these rules from June 2026: ask a legal adviser what applies to you today.
explore-onward-no-papers = Moving on without a right to stay
explore-onward-no-papers-detail = A right to stay in one European country does not give you the right to live in another. Without a right to stay there, your rights are usually as limited as in Belgium without papers, and you can be stopped, detained or sent back; a legal adviser can check whether a legal way, such as family reunification, work or study, is open to you.

## Staying without papers

explore-urgent-medical-aid = Urgent medical aid
explore-urgent-medical-aid-detail = In most situations, if you cannot pay for care yourself, you can get urgent medical aid through the CPAS or OCMW of the municipality where you live. It covers more than emergencies: it can include a doctor, medicines and hospital care.
explore-schooling = School for the children
explore-schooling-detail = Every child who lives in Belgium, with or without papers, has the right to go to school, and education is compulsory from 5 to 18 years of age. A school does not need residence papers to enrol a child.
explore-wages-owed = Pay for work you have done
explore-wages-owed-detail = Without a residence permit you may not work legally, but you still have the right to be paid for work you have done. A trade union or an NGO can inform you confidentially and help you claim your wages.
explore-detention = Checks and detention
explore-detention-detail = If the police check your identity and you have no right to stay, you can be given an order to leave the territory, or be held in a closed centre while a forced return is prepared. You have the right to a lawyer, also in a closed centre, and to contest the decision; an appeal does not always stop an order to leave, so ask your lawyer quickly. Keep the name and contact details of your lawyer or adviser with you.

## Errors

error-household-nobody = A household needs at least one adult or child (at most { $max } of each).
error-household-size = A household can have at most { $max } adults and { $max } children.
error-household-ages = Give an age from 0 to 17 for every child, or leave all ages empty (at most { $max } children).
error-explorer-no-rules = No rules in force on { $date }: the oldest period of rules starts later. Choose a later date.

## The result and the questions sheet, for the person: shown and printed in their language
## (Arabic too). The pathway names are clients-pathway-*; the sources are source-* (cards.ftl).
## $amount is already formatted (e.g. €875); $date is a date written out in the person's language.

explore-result-heading = What may apply to you
explore-result-intro = What may apply on each of the four pathways, from the answers given and the rules in force on the date chosen. No pathway is recommended here: you decide.
explore-household = Household: adults { $adults }, children { $children }
explore-period = Rules applied: { $period }, valid from { $date }.
explore-no-promise = This is information, not a promise: what really applies to you is confirmed by a return partner or a legal adviser. Nothing here decides for you.
explore-eligible-yes = Foreseen by the rules for a situation like yours
explore-eligible-maybe = May apply: to be checked
explore-not-applying = Also exists, but does not apply to your situation under these rules
explore-amount = For your household: { $amount }
explore-fee = Fee to pay: { $amount }
explore-bring-heading = What to bring
explore-time-heading = How long it takes
explore-source = Source: { $source } Rules valid from { $date }.
explore-confirm-legalise = A legal adviser tells you whether a procedure is open to you. Nothing here is a promise.
explore-confirm-onward = A legal adviser can tell you what applies to you in another country. Nothing here is a promise.
explore-confirm-return = A return partner confirms what applies to you. Nothing here is a promise.
explore-confirm-undocumented = A legal adviser or a social worker can tell you more about your rights. Nothing here is a promise.
explore-open-from-card = What may apply to you? Open the support explorer

## Questions for the legal adviser: the person speaks ("I", "my"), the adviser is "you".
## explore-ask-<id>: the suggested questions about the legalisation procedure <id>.

explore-questions-heading = Questions for my legal adviser
explore-questions-intro = I would like to ask you these questions.
explore-questions-general = General questions
explore-questions-own = My own questions
explore-ask-general = What are my options today, and what are the risks of each one? Is there a deadline I must not miss? Can I get a free lawyer, and how?
explore-ask-asylum = Can I apply for asylum, or apply again, and which new facts or evidence would count? What happens to me while the application is examined?
explore-ask-humanitarian-regularisation = Does an application on humanitarian grounds (9bis) make sense in my situation, and what would make it stronger? How much is the fee, and can I be exempted from it?
explore-ask-medical-regularisation = Does my illness fit an application on medical grounds (9ter), and what must my doctor write on the certificate? What can I do while I wait for the decision?
explore-ask-family-reunification = Can I ask to stay with my family member here, and which conditions must we meet? Must I apply from Belgium or from abroad?
explore-ask-trafficking-victim = Can the special procedure for victims of human trafficking protect me, and which centre should I contact? What would I have to do, and what happens if I decide not to?
explore-ask-statelessness = Can I ask to be recognised as stateless, and which documents would I need? Would it give me a right to stay?

## The wall (projector): what exists on each pathway, for a group — no household, no amounts.

explore-wall-title = What exists on each pathway
explore-wall-intro = General information for everyone, not for one person: what applies depends on each situation, and a return partner or a legal adviser confirms it. Nothing here is a promise.
explore-wall-pathway = What exists on this pathway
explore-wall-rules = Rules: { $period }, valid from { $date }

## explorer-ui: the explorer screen's controls, for the counsellor (nl, fr, en).

explorer-open = Support explorer
explorer-heading = Support explorer
explorer-intro = Answer a few plain questions with the client and see what may apply on each pathway. The answers are not stored.
explorer-no-client = Without a client file: nothing is filled in, nothing is stored.
explorer-prefilled = Filled in from the client file: check each answer with the client.
explorer-close = Close the explorer
explorer-loading = Loading…
explorer-retry = Try again
explorer-household = Household
explorer-adults = Adults
explorer-children = Children
explorer-child-ages = Children’s ages
explorer-child-ages-hint = One age per child, separated by commas (for example 4, 9, 12), or leave it empty.
explorer-nationality-legend = Nationality
explorer-country = Country of nationality
explorer-country-hint = Choosing a country fills in the group from the organisation’s list. The country is not stored.
explorer-country-none = No country chosen
explorer-nationality = Group
explorer-nationality-visa-required = Needs a visa to travel to Belgium
explorer-nationality-visa-exempt = Needs no visa to travel to Belgium
explorer-situations = Residence situation
explorer-situations-hint = Tick every situation that applies (an order to leave is one of them).
explorer-vulnerable = Vulnerability
explorer-vulnerable-hint = Only what the client says themselves.
explorer-vulnerable-serious-illness = Serious illness
explorer-vulnerable-pregnancy = Pregnancy
explorer-vulnerable-single-parent = Single parent
explorer-vulnerable-older-person = Older person
explorer-vulnerable-trafficking-victim = Victim of human trafficking
explorer-vulnerable-unaccompanied-minor = Unaccompanied minor
explorer-date = Rules in force on
explorer-date-hint = Today, unless you choose another date.
explorer-run = Show what may apply
explorer-running = Looking up the rules…
explorer-stale = The answers have changed since: show what may apply again before printing.
explorer-language = Language of the result (the client’s)
explorer-print = Print…
explorer-save-pdf = Save as PDF…
explorer-pdf-warning-title = The PDF file is not encrypted
explorer-pdf-warning = Anyone who can use this computer can open the PDF file and read what may apply to a client’s household. Give the file to the client (on their phone or a USB stick), then delete it from this computer.
explorer-pdf-where = Next, choose where to save it. A USB stick is best. Avoid Documents, the Desktop and folders that synchronise (Dropbox, Nextcloud, OneDrive): search tools and the cloud keep their own copies.
explorer-pdf-confirm = Save the PDF
explorer-pdf-cancel = Cancel
explorer-pdf-saving = Saving the PDF…
explorer-pdf-saved = The PDF was saved here:
explorer-pdf-saved-reminder = Delete it from this computer once the client has it.
explorer-questions = Questions for the legal adviser
explorer-questions-intro = Suggested questions for the legalisation procedures shown, and the client’s own. They stay on this screen and on the print: nothing is stored.
explorer-asks = Suggested questions to include
explorer-own = The client’s own questions (one per line)
explorer-adviser-language = The legal adviser’s language
explorer-print-questions = Print the questions for the legal adviser too

# Exercises: the texts of the worksheets in assets/content/exercises/*.toml.
# Messages ex-<exercise>-intro and the questions are spoken to the person ("you"); the guide
# (ex-<exercise>-guide-…) is for the counsellor only. Informing is fine; persuading is not.
# session-preparation is the counsellor's own checklist: all its texts, the intro too, speak to
# the counsellor, and it is never shown to the person (so it has no Arabic).

## Preparing a session

ex-session-preparation-title = Preparing a session
ex-session-preparation-summary = Your own checklist before a session: for you alone, never shown to the person.
ex-session-preparation-intro = This checklist is for you, the counsellor, alone: it is never shown on a shared screen, on the wall, in a booklet or on paper. Go through it before a session to check that the conditions for a safe conversation are in place. It checks your preparation, not the person. You can skip a point or stop at any time.
ex-session-preparation-guide-aim = To check before each session that the conditions for future orientation are in place: the person is stabilised, knows what stays confidential, has access to independent legal advice and, where needed, a professional interpreter; danger at home and vulnerability have been checked; and there is time without pressure. Afterwards it can serve your own reflection: did the session bring the person recognition, insight, room to reflect, or more control over their life?
ex-session-preparation-guide-introduce = Open it before the person arrives, on your own screen. Tick what is in place; a point that is not in place is something to arrange or a reason to adapt the session (stabilise first, book the interpreter, offer the legal advice), never a reason to hurry the person. Write down what you hope the session brings for the person, not what you would like them to decide.
ex-session-preparation-guide-avoid = Never show it to the person or fill it in in front of them, and never use it as a form about the person. Do not write details of danger, illness or exploitation here that the person has not chosen to share; a word to remind yourself is enough. An unticked box must never turn into pressure on the person, for example to bring documents or to decide sooner.
ex-session-preparation-checks = Before the session: what is in place?
ex-session-preparation-checks-help = Tick what is in place; what is not is something to arrange, not a reason to hurry. Where you see signs of vulnerability, refer: for human trafficking or serious exploitation, to a specialised centre (Payoke in Antwerp, PAG-ASA in Brussels, Sürya in Liège), which also explains the special residence procedure for victims; for a serious illness, to a legal adviser about medical regularisation (9ter), and to the CPAS or OCMW for urgent medical aid; for a minor in Belgium without a parent or guardian, to the Guardianship Service of the FPS Justice, which appoints a guardian.
ex-session-preparation-checks-stabilised = Stabilised first: shelter, food, urgent health care
ex-session-preparation-checks-confidentiality = Confidentiality explained: what stays here, and what I never pass on
ex-session-preparation-checks-legal-advice = Independent legal advice arranged or offered
ex-session-preparation-checks-interpreter = A professional interpreter booked where needed (not a family member, not a child)
ex-session-preparation-checks-danger-at-home = Danger at home checked before talking about return or home
ex-session-preparation-checks-vulnerability = Vulnerability checked (trafficking, serious illness, unaccompanied minor), with its referral
ex-session-preparation-checks-no-pressure = Enough time, no pressure, no deadline set by us
ex-session-preparation-aim = What do I want this session to bring, for the person?
ex-session-preparation-remember = What should I remember for this session?

## My migration project

ex-migration-project-title = My migration project
ex-migration-project-summary = Why you left, what you hoped for, how it went and what of it is still alive.
ex-migration-project-intro = Every journey starts with a hope. Here we look back at why you left, what you hoped to find and how it has gone so far. There is no right or wrong answer. You choose what you share, and you can skip a question or stop at any time.
ex-migration-project-guide-aim = To help the person reconnect with the original aim of their migration and the basic needs behind it, beyond the search for papers. Papers are a possible means, not the goal. Seeing what is still alive of the old project opens the way to a new one, in Belgium, in the country of origin or elsewhere.
ex-migration-project-guide-introduce = Start from curiosity, not from the residence file. You might say: “Before we talk about papers or procedures, I would like to understand what you came here for. What did you hope your life would look like?” Say again that the conversation is confidential and that the person decides what to tell.
ex-migration-project-guide-avoid = Not in a first meeting while trust is still fragile, and not in an acute crisis (no shelter, an urgent health problem): stabilise first. If the reasons for leaving involve violence or persecution, do not ask for details; this is not an interview about their story. Stop when the person becomes distressed.
ex-migration-project-why-left = Why did you leave your country?
ex-migration-project-why-left-help = A few words are enough. Share only what you want to share.
ex-migration-project-hoped-for = What did you hope to find or to achieve?
ex-migration-project-needs-behind = Which needs were behind your decision to leave?
ex-migration-project-how-it-went = How has it gone since you left? What went well, and what was hard?
ex-migration-project-still-alive = What of your project is still alive today?
ex-migration-project-still-alive-help = Think of the wishes and goals you still carry, even if the way to reach them has changed.

## Basic needs

ex-basic-needs-title = Basic needs
ex-basic-needs-summary = What you have today and what is missing, and how that could be on each path.
ex-basic-needs-intro = Everyone needs safety, a living, people around them, health care and the freedom to decide for themselves; parents also want school for their children. Here you look at how these needs are met in your life today, and how they might be met on each possible path. There is no right answer: your view is what counts. You can skip any question or stop when you want.
ex-basic-needs-guide-aim = To make visible the basic needs behind the migration project and how each pathway might meet them, so that the person weighs the pathways by what matters to them and not by papers alone. The grid is drawn as a heat map in the decision journal; repeated over time, it shows what changes.
ex-basic-needs-guide-introduce = Begin with today before looking ahead. You might say: “Let us first look at your life as it is now. Which of these things do you have, and which are missing?” Then take the pathways one at a time and let the person give the scores. An empty cell or a question is a good answer too.
ex-basic-needs-guide-avoid = Not before the person has had information on what the pathways involve: scores given without information are guesses that can harden into false certainties, so offer the information cards first. Do not steer the scores or comment on them as right or wrong.
ex-basic-needs-guide-group = Use it only after the group has had the information on the pathways. Each person fills in their own grid on paper, in silence; nobody has to share their scores, and anyone may opt out without explaining why. Talk about the needs in general, never about one person’s scores.
ex-basic-needs-today = What do you have today, and what is missing?
ex-basic-needs-today-help = Think of safety, a living, the people around you, health care, deciding for yourself and school for the children.
ex-basic-needs-by-pathway = How is each of these things today, and how would it be on each path?
ex-basic-needs-by-pathway-help = Give each need a score from 0 to 10 in each column. If you do not know, leave the box empty: that tells us something too.
ex-basic-needs-by-pathway-low = Missing completely
ex-basic-needs-by-pathway-high = Completely fine
ex-basic-needs-by-pathway-today = Today
ex-basic-needs-by-pathway-legalise = Legalising the stay
ex-basic-needs-by-pathway-onward = Moving on
ex-basic-needs-by-pathway-return = Return
ex-basic-needs-by-pathway-undocumented = Staying without papers
ex-basic-needs-most-important = Which of these matters most to you now?
ex-basic-needs-what-would-help = What could help you get it?

## Lifeline

ex-lifeline-title = Lifeline
ex-lifeline-summary = The important moments of your life, from your birth until now and on into the future.
ex-lifeline-intro = Your life is much more than your situation today. On this line you can place the important moments of your life, from your birth until now, and what you hope for later. You can mark where you found strength and what was hard. You choose what goes on the line, and you can skip any part or stop whenever you want.
ex-lifeline-guide-aim = To help the person see their life as a whole: the strengths and resources they have already shown, the hard times they have come through, and a future that is still open. It places the present deadlock in a longer story and prepares the thinking about a next step.
ex-lifeline-guide-introduce = Show an empty line and explain that the person decides what goes on it. You might say: “Let us draw your life as a line, from when you were born until today, and then a little further. Which moments were important to you?” Ask where they found strength before asking what was hard.
ex-lifeline-guide-avoid = Not with someone in acute trauma or crisis, or shortly after a traumatic event: the line can bring back painful memories. Do not start it without enough time to close the session calmly. Never ask for details of traumatic events; if strong emotions come up, pause, and where needed refer to a mental-health service.
ex-lifeline-events = Which moments of your life do you want to put on the line?
ex-lifeline-events-help = For each moment, write when it was and what happened. You can mark it as a strength, as hard, or as a hope for the future.
ex-lifeline-events-strength = Strength
ex-lifeline-events-hard = Hard
ex-lifeline-events-hope = Hope
ex-lifeline-strength = Where did you find strength in hard times?
ex-lifeline-ten-years = How do you see yourself in ten years?

## Four pathways side by side

ex-four-pathways-title = Four pathways side by side
ex-four-pathways-summary = What you know and do not know yet about each path: advantages, disadvantages, conditions and risks.
ex-four-pathways-intro = There are four possible paths: legalising your stay, moving on to another country, returning to your country, or staying in Belgium without papers. Here you can put them side by side and write down what you know about each one. You do not have to choose anything today. You can leave a box empty, skip a part or stop whenever you want.
ex-four-pathways-guide-aim = To weigh the four residence pathways side by side, with objective information on residence law and on the person’s own procedure, so that they can see the advantages, disadvantages and consequences of each and come to their own informed choice. The grid also shows what is still unknown and who can find it out.
ex-four-pathways-guide-introduce = Start from the original migration motive and from the person’s own words. You might say: “Every path has good sides and hard sides. Let us write down what you already know about each of them, and what you would still like to find out.” Fill in the grid together over several sessions; it never has to be complete.
ex-four-pathways-guide-avoid = Not as a way to lead the person towards one pathway, and not under time pressure, for example in the last days of an order to leave with no further session planned. If you cannot give reliable legal information yourself, arrange a visit to an independent legal adviser first. Give each pathway the same attention and the same time. Where you see signs of human trafficking, a serious illness or an unaccompanied minor, refer first: to a specialised centre (Payoke, PAG-ASA, Sürya) and the special procedure for victims, to a legal adviser about medical regularisation (9ter) and urgent medical aid, or to the Guardianship Service (FPS Justice).
ex-four-pathways-side-by-side = What do you know about each path?
ex-four-pathways-side-by-side-help = Write a few words in each box. You can leave a box empty or write a question in it.
ex-four-pathways-side-by-side-know = What I know
ex-four-pathways-side-by-side-dont-know = What I don’t know yet
ex-four-pathways-side-by-side-advantages = Advantages
ex-four-pathways-side-by-side-disadvantages = Disadvantages
ex-four-pathways-side-by-side-conditions = Conditions
ex-four-pathways-side-by-side-risks = Risks
ex-four-pathways-side-by-side-find-out = What I need to find out, and from whom
ex-four-pathways-feeling = How do you feel when you think about each path?
ex-four-pathways-feeling-low = Very uneasy
ex-four-pathways-feeling-high = Completely at ease
ex-four-pathways-feeling-feeling = My feeling
ex-four-pathways-thoughts = What comes to mind when you look at the four paths together?

## What weighs for me

ex-what-weighs-title = What weighs for me
ex-what-weighs-summary = The things that weigh in your decision, and how each one weighs on each path.
ex-what-weighs-intro = Many things can weigh in a decision about your future: debts, the children’s school, your health, what your family expects, your safety… Here you look at which of them matter to you, and how each one weighs on each of the four paths, for or against. The same thing can weigh on several paths. There is no score and no right answer. You can leave a box empty, skip a question or stop at any time.
ex-what-weighs-guide-aim = To name, in the person’s own words, what weighs in their decision, starting from the factors the study heard again and again (shame, debts, burned bridges, an entry ban, distrust, the children’s school, medication, the family’s expectations, safety, work), and to see how each weighs on each of the four pathways, for or against. Nothing is counted or added up: the grid shows what matters to the person, not which pathway wins.
ex-what-weighs-guide-introduce = Take the rows one at a time and first ask whether this plays a part for the person at all; pass over what does not. Then ask how it weighs on each pathway, in turn. You might say: “For some people debts weigh on every path, each time in a different way. How is that for you?” Give every column the same care, and ask about both sides: what a factor makes harder, and what it makes easier.
ex-what-weighs-guide-avoid = Never count, score or add up the boxes, and never use the grid to show that one pathway “wins”. Do not fill in a factor for the person, and do not dwell on shame or debts if the person does not want to: an empty row is an answer too. Not before the person has had information on the pathways (offer the information cards first), and not in an acute crisis. Where a factor depends on facts (an entry ban, medication in the country of origin, a procedure), write it as a question for a legal adviser or a return partner rather than guessing.
ex-what-weighs-factors = How does each of these things weigh on each path?
ex-what-weighs-factors-help = For each thing, write a few words under each path: does it weigh for that path, against it, or not at all? The same thing can weigh on several paths. Leave a box empty if it does not matter to you, or write a question if you do not know.
ex-what-weighs-factors-shame = Shame, or the fear that people will think I failed
ex-what-weighs-factors-debts = Debts
ex-what-weighs-factors-burned-bridges = What I sold, lost or left behind
ex-what-weighs-factors-entry-ban = An entry ban
ex-what-weighs-factors-distrust = Distrust (of authorities, organisations or promises)
ex-what-weighs-factors-children-school = The children’s school
ex-what-weighs-factors-medication = Medicines and treatment
ex-what-weighs-factors-family-expectations = What my family expects
ex-what-weighs-factors-safety = Safety
ex-what-weighs-factors-work = Work and income
ex-what-weighs-other = What else weighs for you?
ex-what-weighs-weighs-most = What weighs most for you at this moment, and why?

## My procedure

ex-my-procedure-title = My procedure
ex-my-procedure-summary = Where your procedure stands, the next step and its date, and the questions you still have for your adviser.
ex-my-procedure-intro = Here you write down what you know about your own procedure: where it stands, what comes next, the dates you were given, and your chances as your adviser explained them. Avenir does not give legal advice: this page helps you prepare your visit to your adviser and keep track of your questions. If you have no procedure, or do not know, that is a good answer too. You can skip a question or stop at any time.
ex-my-procedure-guide-aim = To give the person a clear picture of their own procedure as they understood it from their legal adviser (where it stands, the next step, the deadline, the chances) and to collect the questions that are still open. Objective information on one’s own procedure is part of weighing the four pathways. The sheet prepares the visit to an independent legal adviser; it never replaces it.
ex-my-procedure-guide-introduce = Let the person tell it in their own words, and write down what they understood, not what you think. You might say: “Let us write down what you know about your file, and what you would still like to ask your lawyer.” Look at the letters and dates together and suggest keeping a copy of each. When you note a deadline, say calmly that an appeal does not always stop an order to leave, and that the adviser can say whether theirs does: the aim is to know, not to frighten. Where something is unclear, write it as a question for the adviser.
ex-my-procedure-guide-avoid = Never give legal advice or estimate the chances yourself, and do not correct what the adviser said; if the picture seems wrong, or the person has no adviser, arrange a visit to an independent legal adviser (the legal aid office of the bar can appoint a lawyer, free of charge for people on a low income). Do not use the chances to steer the person towards or away from any pathway. Where you see signs of vulnerability, refer: for human trafficking or serious exploitation, to a specialised centre (Payoke in Antwerp, PAG-ASA in Brussels, Sürya in Liège) and the special residence procedure for victims; for a serious illness, to a legal adviser about medical regularisation (9ter), and to the CPAS or OCMW for urgent medical aid; for an unaccompanied minor, to the Guardianship Service (FPS Justice).
ex-my-procedure-procedure = Which procedure is it?
ex-my-procedure-procedure-help = For example asylum, a request for a residence permit, an appeal or family reunification. If you do not know its name, describe it in your own words. If you have no procedure, you can write that too.
ex-my-procedure-where-it-stands = Where does your procedure stand today?
ex-my-procedure-next-step = What is the next step?
ex-my-procedure-deadline = Is there a date or a deadline?
ex-my-procedure-deadline-help = Write the date as you were told it, and who told you. If you are not sure, ask your adviser. Keep every letter you receive.
ex-my-procedure-chances = How did your adviser explain your chances?
ex-my-procedure-chances-help = In your own words, as your adviser explained them. If nobody has told you yet, that is a good question to ask.
ex-my-procedure-adviser = Who advises you on your procedure? No name is needed.
ex-my-procedure-open-questions = What do you still want to ask your adviser?
ex-my-procedure-open-questions-help = For example: What happens if the answer is no? How long can it take? What can I do while I wait? Bring these questions to your next visit.

## Where I stand

ex-where-i-stand-title = Where I stand
ex-where-i-stand-summary = Letting go of a plan can feel like a loss. Where are you on that road today?
ex-where-i-stand-intro = When a plan does not work out as we hoped, it can feel like losing something important. Many people then go through different feelings: shock, disbelief, anger, sadness, and slowly some peace. There is no right place to be. Only you can say where you are today, and you can change your answer or leave it open.
ex-where-i-stand-guide-aim = To put words to the loss that letting go of (part of) a migration project can be, and to recognise that this loss needs time and mourning. It helps the person, and you, understand why deciding can feel impossible at some moments, and to respect that pace.
ex-where-i-stand-guide-introduce = Present the curve as something many people recognise, not as a test. You might say: “When a dream does not come true, people often go through different feelings. Here are some of them. Is one of them close to how you feel now?” Let the person point to their place themselves.
ex-where-i-stand-guide-avoid = The person places themselves, never the counsellor: do not suggest where they are or should be, and never use the curve to show that someone is “ready” for a decision. The stages are not a fixed order; people move back and forth. Not in an acute crisis, and do not impose the idea of loss on someone who does not feel it.
ex-where-i-stand-guide-group = Show the curve on the wall as something many people recognise, but never ask anyone to place themselves in front of the others. Each person marks their place silently on their own sheet, or not at all; these placements are not shown, collected or discussed in the group, and anyone may opt out without explaining why. Offer a one-to-one talk afterwards to anyone who wants it.
ex-where-i-stand-stage = Where are you today?
ex-where-i-stand-stage-help = Only you can say where you are. People move back and forth between these feelings, and that is normal.
ex-where-i-stand-stage-shock = Shock
ex-where-i-stand-stage-denial = It can’t be true
ex-where-i-stand-stage-anger = Anger
ex-where-i-stand-stage-bargaining = Looking for a way out
ex-where-i-stand-stage-sadness = Sadness
ex-where-i-stand-stage-acceptance = Acceptance
ex-where-i-stand-feel-now = How do you feel about your situation today?
ex-where-i-stand-what-helps = What helps you, or could help you, at this moment?

## Home

ex-home-title = Home
ex-home-summary = The place you come from, in your own pictures and words: what you miss, what you do not, and who is there now.
ex-home-intro = Here you can talk about the place you come from, with your own photos or drawings if you like. What is it like? What do you miss, and what not? Who and what is there now? This is not about whether you will go back: it is about a place that is part of your life. You share only what you want, and you can skip a question or stop at any time.
ex-home-guide-aim = To open a respectful conversation about home (the place, the people, what is missed and what is not) with the person’s own photos or drawings. It recognises an important part of the person’s life and identity, whatever their future, and can show what is there now, should the person ever weigh return.
ex-home-guide-introduce = First ask whether the person wants to talk about home at all. You might say: “Would you like to show me where you come from? You could choose a photo from your album or make a drawing.” Let the person choose the pictures and lead the conversation; ask about everyday things (the streets, the food, the people, the seasons) before feelings. Now and then, gently: “How was it in your country? Do you miss them?”
ex-home-guide-avoid = Not for everyone: some people face real danger at home, and for them these questions can hurt and break trust. Check this first and never push. It is not an interview about the reasons for leaving: do not ask why the person left or what happened. Do not use it to lead towards return, and do not take a warm conversation about home as a sign that the person wants to go back. Stop when the person becomes distressed.
ex-home-pictures = Which pictures or drawings of home would you like to look at?
ex-home-pictures-help = Choose photos from your album, or a drawing you made. You decide which ones, and you can take them away at any time.
ex-home-home-town = What is your home town like? What do you remember?
ex-home-miss = What do you miss?
ex-home-glad-to-miss = What do you not miss?
ex-home-there-now = Who and what is there now?

## What would I return to?

ex-return-to-title = What would I return to?
ex-return-to-summary = A calm look at what is there for you in your country today, and what worries you.
ex-return-to-intro = This exercise looks at your country as it is today: what would be there for you, and what worries you. Doing it does not mean that return is the answer, and you do not have to decide anything. It is only a way to learn more about one of the possible paths. You can skip any question or stop whenever you want.
ex-return-to-guide-aim = To build a realistic picture of what the person would find in the country of origin (a home, work, debts, family and community, health care, school, safety) and of what they still need to find out, so that return can be weighed as one pathway among four. Exploring it does not mean that return is the answer, and the exercise must say so.
ex-return-to-guide-introduce = Use it only when the person has raised return or asks to look at it, and say plainly that it is an exploration, not a decision. You might say: “You mentioned thinking about home. Shall we look at what is there for you now and what worries you? This does not mean you have to go back.”
ex-return-to-guide-avoid = Never use it as a way to push return, and do not bring it up if the person has not raised return. Not when there is real danger at home (violence, persecution, fear of the authorities on arrival): the questions can hurt and break trust. Not under time pressure, for example just after an order to leave.
ex-return-to-guide-group = Never give this exercise to everyone at once. Announce the day on return in advance, so that people can choose whether to come; anyone may opt out without explaining why. Offer it only as silent, individual work on paper: each person writes or draws for themselves, and nobody shares what they wrote unless they want to. Nothing of it is collected, shown on the wall or discussed in the group; offer a one-to-one talk afterwards to anyone who wants it.
ex-return-to-situation = What would be there for you, and what worries you?
ex-return-to-situation-help = For each topic, write what you know. If you do not know, write it as a question you could ask someone at home.
ex-return-to-situation-home = A home
ex-return-to-situation-work = Work and income
ex-return-to-situation-debts = Debts
ex-return-to-situation-family = Family and community
ex-return-to-situation-health-care = Health care
ex-return-to-situation-school = School for the children
ex-return-to-situation-safety = Safety
ex-return-to-situation-there = What is there for me
ex-return-to-situation-worries = What worries me
ex-return-to-ask-family = What would you like to ask your family or friends at home?
ex-return-to-fears = What fears come up when you think of going back?
ex-return-to-hopes = What hopes come up when you think of your country?

## The children’s view

ex-children-view-title = The children’s view
ex-children-view-summary = What your children want and what they fear, in their own words where possible.
ex-children-view-intro = Children have their own view of the future, and they feel a lot, even when they say little. Here you can write down what your children want and what they fear, about school and about the future, ideally in their own words. There is no right answer, and nothing here decides for them or for you. You can skip a question or stop at any time.
ex-children-view-guide-aim = To bring the children’s own view into the family’s thinking: what they want and fear, what school means to them, and how the parents could talk with them about the future. The child’s interest counts in its own right on every pathway, and the children’s school weighs heavily in many families’ decisions.
ex-children-view-guide-introduce = Work with the parents first, and ask whether and how the children could take part, in a way that suits their age. You might say: “What do your children say about the future? What would they like, and what worries them?” Where children take part themselves, let them draw or talk freely, with a parent present, and never ask them about the family’s procedure or the reasons for leaving.
ex-children-view-guide-avoid = Never use children as messengers or interpreters, never ask them to convince their parents or to carry the family’s decision, and do not talk with a child about a possible return before the parents have agreed how. Not in a crisis, and not with a child who is distressed. For an unaccompanied minor this exercise is not the way: refer to the Guardianship Service (FPS Justice), which appoints a guardian.
ex-children-view-which-children = Which children is this about?
ex-children-view-which-children-help = Their ages are enough. No names are needed.
ex-children-view-want = What do your children want for the future?
ex-children-view-fear = What are your children afraid of?
ex-children-view-school = What does school mean to your children?
ex-children-view-heard = Could the children say this themselves?
ex-children-view-heard-yes = Yes, in their own words
ex-children-view-heard-partly = Partly
ex-children-view-heard-not-yet = Not yet
ex-children-view-talk = How could you talk about the future with your children?

## Preparing a next step

ex-next-step-title = Preparing a next step
ex-next-step-summary = Your questions, your needs, what you already have, who can help, and your next three steps.
ex-next-step-intro = Whichever path you are looking at, and even if you have not decided yet, you can prepare a next step. Here you write down your questions, what you need most, what you already have and who can help you. You decide what goes here, and you can change it or stop at any time.
ex-next-step-guide-aim = To turn reflection into small, concrete steps that the person chooses, for any pathway or while still undecided: their questions, their needs in order of importance, their resources and skills, the people and organisations who can help, and the next three steps.
ex-next-step-guide-introduce = You might say: “We have talked about a lot. Whatever you decide in the end, what could be a small next step for you?” Start from the person’s own questions, keep the steps small and realistic, and agree who does what before the next session.
ex-next-step-guide-avoid = Not to hurry a decision: “I have not decided yet” is a full answer, and the steps can serve the exploration itself. Do not write the steps for the person. For the practical side of a return, refer to a return partner; for legal steps, to an independent legal adviser.
ex-next-step-pathway = Which path is this step for?
ex-next-step-pathway-legalise = Legalising the stay
ex-next-step-pathway-onward = Moving on
ex-next-step-pathway-return = Return
ex-next-step-pathway-undocumented = Staying without papers
ex-next-step-pathway-open = I have not decided yet
ex-next-step-questions = What questions do you want answered?
ex-next-step-needs = What do you need? Put the most important first.
ex-next-step-needs-help = Move the items up or down until the order feels right to you.
ex-next-step-resources = What do you already have that can help you? For example skills, experience, contacts or savings.
ex-next-step-who-can-help = Who can help you? Think of people and of organisations.
ex-next-step-steps = What are your next three steps?

## My reintegration plan

ex-reintegration-plan-title = My reintegration plan
ex-reintegration-plan-summary = For when you have decided to return: what you need, what you already have, who can help, and your first months step by step.
ex-reintegration-plan-intro = You have decided to return, and this plan is yours: it helps you prepare a new start in your country. You write down what you will need, what you already have and who can help, there or here, and your first months after arrival, step by step. A return partner tells you which support applies to you; nothing here is a promise. You can still change your mind. You can skip a question or stop at any time.
ex-reintegration-plan-guide-aim = To give a person who has decided to return detailed, practical preparation, as the study recommends for those who have decided: needs and resources in each area of life (housing, work, health, family, documents, the children’s school, wellbeing), who can help there or here, the first three months after arrival, and the questions for the return partner. The plan belongs to the person, not to the programme; it prepares the conversation with the return partner, who confirms what support applies.
ex-reintegration-plan-guide-introduce = Offer it only once the person has chosen return themselves, and say that the choice can still change: making a plan does not close the other pathways. You might say: “You have decided to go back. Shall we look at what you will need, what you already have and who can help?” Start from the person’s own resources and skills before the support. Refer to a return partner (a return desk of Fedasil, IOM or Caritas International) for what applies; Fedasil runs the voluntary-return programme and is not the Immigration Office.
ex-reintegration-plan-guide-avoid = Not for someone who is still weighing the pathways, and never to hurry a departure or to make a decision final. Do not promise any amount or support: only a return partner can confirm what applies. Not when a danger at home has not been checked with a legal adviser. If the person hesitates or changes their mind, set the plan aside and return to the pathways, without judgement.
ex-reintegration-plan-domains = For each area: what will you need, what do you already have, and who can help?
ex-reintegration-plan-domains-help = Write a few words in each box. Those who can help may be people or organisations, there or here. Leave a box empty if it does not apply to you, or write a question.
ex-reintegration-plan-domains-housing = A place to live
ex-reintegration-plan-domains-work = Work and income
ex-reintegration-plan-domains-health = Health and medicines
ex-reintegration-plan-domains-family = Family and community
ex-reintegration-plan-domains-documents = Documents
ex-reintegration-plan-domains-children-school = School for the children
ex-reintegration-plan-domains-wellbeing = How I feel, and who supports me
ex-reintegration-plan-domains-need = What I need
ex-reintegration-plan-domains-have = What I already have
ex-reintegration-plan-domains-who-helps = Who can help, there or here
ex-reintegration-plan-first-months = What will you do in your first three months after arrival, step by step?
ex-reintegration-plan-first-months-help = Write the steps in the order you want to take them: for example where you will stay the first nights, whom you will visit, where you will ask about work or school. Move them up or down until the order feels right to you.
ex-reintegration-plan-partner-questions = What do you want to ask the return partner?
ex-reintegration-plan-worries = What still worries you about the return, and what could help?

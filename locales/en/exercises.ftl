# Exercises: the texts of the worksheets in assets/content/exercises/*.toml.
# Messages ex-<exercise>-intro and the questions are spoken to the person ("you"); the guide
# (ex-<exercise>-guide-…) is for the counsellor only. Informing is fine; persuading is not.

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

## Four pathways side by side

ex-four-pathways-title = Four pathways side by side
ex-four-pathways-summary = What you know and do not know yet about each path: advantages, disadvantages, conditions and risks.
ex-four-pathways-intro = There are four possible paths: legalising your stay, moving on to another country, returning to your country, or staying in Belgium without papers. Here you can put them side by side and write down what you know about each one. You do not have to choose anything today. You can leave a box empty, skip a part or stop whenever you want.
ex-four-pathways-guide-aim = To weigh the four residence pathways side by side, with objective information on residence law and on the person’s own procedure, so that they can see the advantages, disadvantages and consequences of each and come to their own informed choice. The grid also shows what is still unknown and who can find it out.
ex-four-pathways-guide-introduce = Start from the original migration motive and from the person’s own words. You might say: “Every path has good sides and hard sides. Let us write down what you already know about each of them, and what you would still like to find out.” Fill in the grid together over several sessions; it never has to be complete.
ex-four-pathways-guide-avoid = Not as a way to lead the person towards one pathway, and not under time pressure, for example in the last days of an order to leave with no further session planned. If you cannot give reliable legal information yourself, arrange a visit to an independent legal adviser first. Give each pathway the same attention and the same time.
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

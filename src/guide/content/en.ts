import type { GuideBook } from "../content";

export const en: GuideBook = {
  know: {
    title: "Know when a visit is coming",
    summary:
      "A country visit starts with a letter, often years before the expert arrives. Learn to read the record of requests, reminders and answers so that you can act early.",
    sections: [
      {
        heading: "How a visit moves forward",
        paragraphs: [
          "A country visit is an official mission by one mandate holder (a Special Rapporteur, an Independent Expert or a Working Group) to one State. It usually lasts 5 to 10 days, sometimes longer. Each mandate makes only two or three visits a year, so experts choose their countries with care.",
          "Every visit has a history made of dated letters and events. The expert asks the State for a visit. The State may answer, accept, refuse or say nothing at all. If it accepts, both sides agree dates. The visit can still be postponed or cancelled. Then it takes place and is completed, and a report follows months later.",
          "The earlier you know where a visit stands, the more time you have to act: to push for an answer, to prepare information, and to plan how people can speak to the expert safely.",
        ],
      },
      {
        heading: "Reading the letter log",
        paragraphs: [
          "Visitdesk shows each visit as a list of dated letters and events, the same way the UN human rights office (OHCHR) records them. Read the entries from oldest to newest. The last entry tells you where things stand today.",
        ],
        tips: [
          "Requested: the expert has asked the State for a visit, sometimes with proposed dates.",
          "Reminder: the expert asks again. A new mandate holder can also remind the State of a request made by the person before them.",
          "Invited: the State invited the expert on its own initiative. An invitation that answers a request counts as accepting it.",
          "Acknowledged: the State only confirms that it received the letter. This is not a yes.",
          "Accepted: a yes in principle. Dates still have to be agreed, and an accepted visit can wait a long time.",
          "Declined, postponed, cancelled: a no, a delay of agreed dates, or the end of a planned visit. A postponed visit often needs new pressure before it is rescheduled.",
        ],
      },
      {
        heading: "Why the age of a request matters",
        paragraphs: [
          "A request can stay pending for many years. Silence is not a formal refusal, but a long silence tells you something. Reminders show that the expert still wants to come.",
          "Visitdesk shows how old each pending request is and how many reminders were sent. This gives you a simple, checkable fact for advocacy, for example: the request has been waiting for six years, with three reminders and no answer.",
        ],
        tips: [
          "Before you quote the age of a request, check the date and the source of the latest entry.",
          "Our records may be incomplete. If you know of a letter that is missing, tell the people who run your Visitdesk and give them the source.",
          "Compare several mandates: many unanswered requests to the same State show a pattern, not a single oversight.",
        ],
      },
      {
        heading: "Standing invitations and their limits",
        paragraphs: [
          "A standing invitation is a public promise by a State to accept visits from all thematic mandates. About 129 States had one in 2022. It is a useful argument, because the Government has already said yes in principle.",
          "But a standing invitation does not cover the country mandates, and it does not replace the agreement on each visit and its dates. Many requests to States with a standing invitation stay unanswered for years.",
        ],
        tips: [
          "Do not assume that a standing invitation means a visit will happen soon.",
          "Pending requests to a State with a standing invitation make a strong point: the State is not keeping its own promise.",
          "If Visitdesk does not list your State as having a standing invitation, it means we do not know, not that there is none. See the page on our data sources.",
        ],
      },
      {
        heading: "Follow a country or a mandate",
        paragraphs: [
          "News about visits is spread over many places and often comes late. When you follow a country in Visitdesk, you are told when a new request, reminder, answer or date is recorded for it.",
          "You can also follow the mandates closest to your work. A group working on detention might follow the mandate on torture; a group working on land might follow the mandates on food and on housing. This shows you where those experts are going and how they work.",
        ],
        tips: [
          "Follow your own country and your neighbours: visits in the region often raise similar issues.",
          "Share new alerts with your coalition so that one group does not carry all the watching.",
          "When a visit is accepted or dates are agreed, start preparing at once: the time before a visit is often short.",
        ],
      },
    ],
  },

  obtain: {
    title: "Help bring a visit about",
    summary:
      "Experts choose where to go among many countries, and the Government must agree. You can influence both sides: give the expert strong reasons to ask, and press your Government to say yes.",
    sections: [
      {
        heading: "Who decides",
        paragraphs: [
          "The mandate holder decides which States to ask for a visit. With only two or three visits a year, each expert has to choose. Clear, reliable information from civil society can help a country rise up that list.",
          "The State decides whether and when to accept. Civil society can act here too, by asking the Government in public and in private to answer requests and agree dates.",
          "Before you write to anyone, check the letter log. If a request is already pending, your main task is to press the Government, and to tell the expert that the need for a visit is still there.",
        ],
      },
      {
        heading: "Writing to a mandate: make the case",
        paragraphs: [
          "Keep the letter short: two or three pages, with longer material in annexes. Explain three things. Why now: a new law, an election, a crisis, a new Government that may be open to change, or a situation that is getting worse. The evidence: concrete facts with dates, places and sources, showing a pattern rather than one case. What a visit could change: which decisions, institutions or public debates the expert's recommendations could affect, and who inside the State might use them.",
          "Use the mandate's official contact channel as published by OHCHR. Never guess an e-mail address. Where Visitdesk knows a mandate's address, it shows how sure we are of it.",
        ],
        tips: [
          "Start with a summary of one paragraph: the expert reads many letters.",
          "Link your issues to the mandate's own themes and past work.",
          "Mention recommendations from the Universal Periodic Review (UPR) or treaty bodies that are still not implemented.",
          "Say whether a visit request is already pending and how old it is.",
          "Say who you are and which other groups support the letter.",
          "Do not name victims or witnesses unless they have agreed and it is truly needed.",
        ],
      },
      {
        heading: "Pressing the Government",
        paragraphs: [
          "Ask your Government to answer pending requests, to agree dates, or to issue a standing invitation. Use its own words. In the Universal Periodic Review, States often receive recommendations to cooperate with Special Procedures, accept pending visit requests or issue a standing invitation. The State then says whether it supports each recommendation or only notes it. A supported recommendation is a promise you can quote.",
          "States that seek a seat on the Human Rights Council usually make public pledges. These pledges often include cooperation with the Special Procedures, and you can quote them too.",
        ],
        tips: [
          "Quote the exact UPR recommendation and the State's response to it.",
          "Show the age of each pending request and the number of reminders.",
          "Ask for one clear step, such as a reply with proposed dates, not only for general goodwill.",
          "Ask members of parliament to raise the question, and involve your national human rights institution.",
          "Brief friendly embassies so they can raise it with the Government or in the next UPR.",
        ],
      },
      {
        heading: "Coalition sign-on letters",
        paragraphs: [
          "A letter signed by many groups shows that the need is shared across regions and issues. It is harder for a Government to dismiss, and it tells the expert that a visit would find partners on the ground.",
          "Sign-on letters need good organisation. Agree on one lead drafter, a fixed text and a clear deadline. Check each signature with the organisation itself before you publish.",
        ],
        tips: [
          "Close the text before you collect signatures, so nobody signs a version that changes later.",
          "Let groups that face risk support the letter without their name appearing in public.",
          "Remember that a published list of signatories is public for ever.",
          "Send the final letter with the list of signatories, and keep a copy with the date it was sent.",
        ],
      },
      {
        heading: "Think about safety first",
        paragraphs: [
          "Some authorities see a call for a UN visit as hostile. Before you go public, think about who could be exposed, especially small groups, groups outside the capital and individual activists. A quiet letter to the expert is sometimes wiser than a public campaign.",
          "People who cooperate with the UN sometimes face reprisals, and the UN Secretary-General reports on such cases every year. If you or your partners are threatened because of your work with the UN, tell the mandate holder.",
        ],
      },
      {
        heading: "When an official visit is unlikely",
        paragraphs: [
          "If the Government keeps silent for years, consider inviting the expert to a conference or event instead. This does not produce an official report, but it can build relationships and open the way to an official invitation. See the page on unofficial visits.",
        ],
      },
    ],
  },

  before: {
    title: "Prepare before the visit",
    summary:
      "Once a visit is agreed, the expert builds a programme and looks for information. Send focused, well-sourced material on time, protect the people named in it, and let others know the visit is coming.",
    sections: [
      {
        heading: "Calls for input and deadlines",
        paragraphs: [
          "Before a visit, the expert often publishes a call for input: a few questions, a deadline and sometimes a word limit. The deadline usually falls weeks before the visit, while the programme is being planned. Input that arrives late may still be read, but it is less likely to shape where the expert goes and whom they meet.",
          "Visitdesk shows calls for input and their deadlines for the countries and mandates you follow.",
        ],
        tips: [
          "Work back from the deadline, and set your own deadline one week earlier.",
          "Answer the questions that were asked, in the order they were asked.",
          "Respect the word limit. Put extra material in annexes.",
          "Check which languages are accepted. If you must write in another language, add a short summary in one the expert reads.",
        ],
      },
      {
        heading: "Structure a strong submission",
        paragraphs: [
          "A clear structure helps a busy expert. Start with a one-page summary. Then give a short context, followed by your main issues. For each issue, give the facts, the evidence and what the authorities have done or failed to do. End with recommendations to the expert.",
          "Good evidence is specific: dates, places, numbers with their source, laws, court decisions and official documents. Say clearly what you saw yourselves and what others reported to you. Few strong cases are better than many weak ones.",
          "Your recommendations can ask the expert to visit certain places (a prison, a region, a camp), to meet certain people or officials, and to make specific recommendations to the Government. Make them concrete: who should do what, and by when.",
        ],
        tips: [
          "Use headings and numbered paragraphs so the expert can cite them.",
          "Give the source of every number.",
          "Suggest places outside the capital that the expert should see.",
          "Link your requests to earlier recommendations from the UPR or treaty bodies.",
        ],
      },
      {
        heading: "Confidentiality, part by part",
        paragraphs: [
          "Not every part of a submission needs the same protection. Your analysis of a law can be public. A detailed account of one person's detention may be for the expert's eyes only. Inputs to calls are often published online unless you ask otherwise, so say clearly what may be published and what may not.",
          "Visitdesk lets you mark each part of a submission with its own level of confidentiality, so that what must stay private stays private.",
        ],
        tips: [
          "Mark confidential parts clearly at the top of each part, not only in a cover note.",
          "Keep names and contact details in a separate, protected annex.",
          "Remove hidden data from files and photos, such as authors, locations and dates.",
          "Use the most secure channel you have, and do not send sensitive files by ordinary e-mail if you can avoid it.",
        ],
      },
      {
        heading: "Informed consent of the people named",
        paragraphs: [
          "Before you name anyone or tell their story, ask them. Explain in their own language who will read it, whether it could be published or raised with the Government, what risks this may bring, and that they can say no or change their mind later.",
          "Consent for one use is not consent for every use. Record what each person agreed to, when and with whom. Take special care with children, people in detention and people who may be pressured by others.",
        ],
        tips: [
          "If someone does not want to be named, remove all details that could identify them: village, job, exact dates, family links.",
          "Remember that a story can identify a person even without a name.",
          "Keep consent records safe: they contain the very names you want to protect.",
        ],
      },
      {
        heading: "Joint coalition submissions",
        paragraphs: [
          "A joint submission saves the expert time and shows a shared picture. Divide the work by theme, name one editor, and agree on one style for evidence and recommendations. Make sure groups from outside the capital, victims' groups and small organisations are part of it, not only the largest ones.",
          "Each member decides for itself whether its name appears. A group at risk can contribute without being listed.",
        ],
      },
      {
        heading: "Make the visit known",
        paragraphs: [
          "Many affected people never hear about a visit in time. Share the dates, the call for input and the way to reach the expert with local groups, community leaders and journalists. Translate the key points into local languages.",
          "But do not publish who plans to meet the expert, where or when. Such details can expose people to pressure before the expert even arrives.",
        ],
        tips: [
          "Announce the visit, not the meetings.",
          "Use local radio and community networks, not only social media.",
          "Tell people how to reach your coalition safely if they want to be heard.",
        ],
      },
    ],
  },

  during: {
    title: "During the visit",
    summary:
      "The expert has only a few days and many people to hear. Work with other groups so that the most important voices are heard, meet safely, and follow what the expert says at the end.",
    sections: [
      {
        heading: "How meetings are arranged",
        paragraphs: [
          "An OHCHR staff member, the desk officer, coordinates the programme of the visit. Meetings with civil society are arranged through them. The programme is full: meetings with ministers, parliament, courts, the national human rights institution and UN agencies, visits to places such as prisons, and trips outside the capital. Time for civil society is limited.",
          "Send your meeting request early, through the mandate's official channel. Keep it short and clear.",
        ],
        tips: [
          "Say who you are, whom you represent and the topic.",
          "Give your three main points in a few lines.",
          "Say where you could meet, and whether you need interpretation or other support, such as step-free access.",
          "Say if the people who would attend face a particular risk.",
          "Name one contact person, and be ready to change time or place.",
        ],
      },
      {
        heading: "Coordinate so that many voices are heard",
        paragraphs: [
          "When every group asks for its own meeting, the largest and best-known ones usually get the time. It works better when domestic NGOs coordinate: one shared list of groups and themes, and one contact point with the desk officer.",
          "Give priority to those who are rarely heard: groups from outside the capital, the people most affected, victims' groups and people at risk. Meeting slots are scarce, so share them fairly. Agree on clear criteria in advance, balance themes and regions, and explain the choices to everyone.",
          "Visitdesk helps coalitions gather meeting requests in one place and share out the available slots.",
        ],
        tips: [
          "One speaker per organisation in a shared meeting.",
          "Large organisations can give their time to smaller or more affected groups.",
          "Keep a list of who asked and who was heard, to do better next time.",
        ],
      },
      {
        heading: "Thematic group meetings",
        paragraphs: [
          "Experts often meet several organisations together on one theme. Agree beforehand who says what, so that you do not repeat each other. Each speaker has a few minutes: one key fact, one case (with consent), one recommendation.",
          "Bring a short written summary with your contact details for the expert's team. Leave time for the expert's questions; they often matter most.",
        ],
      },
      {
        heading: "Private meetings for people at risk",
        paragraphs: [
          "Some people cannot be seen with the expert: victims, witnesses, relatives of detainees, activists under surveillance. Ask the desk officer for a private meeting, and explain why without giving more detail than needed.",
          "Choose a discreet place and time. Think about travel, phones and who knows about the meeting. Victims may find it painful to tell their story again, so offer someone they trust to go with them.",
        ],
        tips: [
          "No photos, no social media posts, no public lists of participants.",
          "Agree in advance what participants will say if someone asks about the meeting.",
          "Make sure each person knows how to report threats after the meeting.",
        ],
      },
      {
        heading: "The terms of reference protect you",
        paragraphs: [
          "For every visit, the State must guarantee the terms of reference. These include freedom of movement and inquiry, access to places of detention, confidential and unsupervised contact with witnesses, victims, NGOs and other private persons, and an assurance that no one who meets the expert will suffer reprisals.",
          "If officials try to attend your meeting, if you notice surveillance, or if someone is threatened, tell the expert's team at once and write down what happened, with dates. Reprisals can also come after the expert leaves. The UN Secretary-General reports on reprisals every year.",
        ],
      },
      {
        heading: "The end-of-visit statement",
        paragraphs: [
          "On the last day, the expert usually gives a press conference and publishes an end-of-visit statement with preliminary findings. This is the moment of most public attention.",
          "Read it quickly and compare it with your issues. It is not the final report, which comes months later, but you can already use it.",
        ],
        tips: [
          "Prepare a short reaction for the media in advance and adapt it on the day.",
          "Quote the statement's own words in your local languages.",
          "Note what is missing: you can raise it with the expert before the report is written.",
        ],
      },
    ],
  },

  after: {
    title: "After the visit: use the report",
    summary:
      "The report arrives months later and is presented to the Human Rights Council. Its recommendations are tools: use them in advocacy, track what is done, and feed them into the UPR and the treaty bodies.",
    sections: [
      {
        heading: "When and how the report arrives",
        paragraphs: [
          "The report comes weeks to more than a year after the visit; in the cases we have seen, between 7 and 21 months. It is an addendum to the mandate's annual report and has a symbol such as A/HRC/52/39/Add.1: a Human Rights Council document for session 52, document 39, addendum 1. Before 2006, symbols start with E/CN.4, from the former Commission on Human Rights.",
          "The State's comments on the report may appear as a further addendum. That document is not the visit report, but read it too: it shows what the Government accepts and disputes.",
          "The report is presented at a Council session (these run February to April, June to July and September to October) in an interactive dialogue. NGOs can make statements and organise side events. Oral statements are usually made by organisations with ECOSOC consultative status; others often work with one that has it.",
        ],
      },
      {
        heading: "Reading the recommendations",
        paragraphs: [
          "The last chapter, conclusions and recommendations, holds numbered paragraphs. Often a paragraph opens with a phrase like: the Special Rapporteur recommends that the Government, followed by lettered items (a), (b), (c). Recommendations may be grouped by theme or by addressee: Government, parliament, judiciary, national human rights institution, civil society, the international community or UN agencies.",
          "A recommendation's stable reference is its paragraph number and letter, for example 85(b). Earlier chapters may use the word recommend without making a recommendation; only the final chapter counts.",
        ],
        tips: [
          "Cite precisely: paragraph 85(b) of A/HRC/52/39/Add.1.",
          "Choose a few priority recommendations rather than all of them.",
          "For each one, name the institution responsible.",
          "Translate the key recommendations into local languages and share them widely.",
        ],
      },
      {
        heading: "Track implementation with evidence",
        paragraphs: [
          "For each recommendation you follow, record its status (not started, partly done, done, or worse than before) and the evidence: a new law, a budget line, a decree, a court decision, data. Note the date and the source of each piece of evidence.",
          "Be honest about partial progress. A credible record is more useful than a harsh one. Visitdesk lets you record the status of each recommendation with its evidence and share it with your coalition.",
        ],
        tips: [
          "An announcement is not implementation: look for the act, the money and the result.",
          "Review the status before each deadline of the UPR or a treaty body.",
          "Record who checked the evidence and when.",
        ],
      },
      {
        heading: "Follow-up with the expert",
        paragraphs: [
          "Experts may send follow-up questionnaires, publish follow-up reports or make a return visit. Send them short, regular updates on what has changed, with evidence. Tell them quickly about any reprisals against people who took part in the visit.",
          "OHCHR's Universal Human Rights Index lists recommendations from Special Procedures next to those of the UPR and the treaty bodies, with themes and affected groups. It helps you find all the recommendations on one issue.",
        ],
      },
      {
        heading: "Feed the UPR and the treaty bodies",
        paragraphs: [
          "The recommendations of a visit gain strength when other mechanisms repeat them. Use them in your UPR stakeholder submissions and in alternative reports to treaty bodies. Ask friendly States to turn them into UPR recommendations.",
          "When several mechanisms say the same thing, the Government finds it harder to ignore, and your advocacy becomes simpler to explain.",
        ],
      },
      {
        heading: "Safety after the visit",
        paragraphs: [
          "Reprisals do not stop when the expert leaves. Stay in touch with the people who met the expert or gave information, especially outside the capital. When the report is published, check that nothing in it can identify someone who asked to stay anonymous, and tell the expert's team at once if it does.",
          "Report any threats or attacks linked to the visit to the mandate holder and to OHCHR, with dates and details, if the person concerned agrees.",
        ],
      },
    ],
  },

  unofficial: {
    title: "Unofficial visits",
    summary:
      "When an official visit is not possible or not yet agreed, an NGO or university can invite a mandate holder to a conference or event. It produces no official report, but it builds knowledge and relationships.",
    sections: [
      {
        heading: "What an unofficial visit is",
        paragraphs: [
          "An unofficial visit happens when an organisation, such as an NGO, a coalition or a university, invites a mandate holder to a conference, a training, a public lecture or a consultation. The expert comes at the host's invitation, not at the State's.",
          "It is not an official mission. The Government has not agreed a programme, and the terms of reference that protect official visits do not formally apply.",
        ],
      },
      {
        heading: "What it can and cannot lead to",
        paragraphs: [
          "An unofficial visit can do a lot. The expert sees the situation first-hand, meets groups they would not otherwise meet, and may speak in public. Officials may agree to meet them. Relationships grow, and the way to an official invitation can open.",
          "But it has limits. There is no official report to the Human Rights Council and no formal recommendations. The expert has no guaranteed access to officials or places of detention. They may also choose their public words carefully, because they are not on an official mission.",
        ],
        tips: [
          "Be clear with partners and media that this is not an official visit.",
          "Do not promise participants that the expert will report on their case.",
          "Keep a record of what the expert said in public: you can quote it later.",
        ],
      },
      {
        heading: "Who pays and how to plan",
        paragraphs: [
          "Mandate holders are not paid for their work, and the UN does not usually fund unofficial trips. The host normally pays travel, visas, accommodation, interpretation and accessibility needs. Say clearly who pays, and attach no conditions to it: the expert must stay independent and will avoid anything that looks like a favour.",
          "Experts' calendars fill up months ahead. Invite early, with a clear purpose, a draft programme and the main people they would meet.",
        ],
        tips: [
          "Share the funding sources openly with the expert.",
          "Plan a balanced programme: not only your own organisation's issues.",
          "Include time with groups from outside the capital and with affected people.",
          "Agree in advance what will be public and what will not.",
        ],
      },
      {
        heading: "Building toward an official visit",
        paragraphs: [
          "Use the event to build bridges. Invite officials to speak or attend, and offer to arrange a meeting between the expert and the relevant ministry. A good experience can make the Government more willing to issue an official invitation.",
          "After the event, write to the Government asking it to invite the expert officially or to accept the pending request, and keep the expert informed of what changes.",
        ],
      },
      {
        heading: "Safety without formal guarantees",
        paragraphs: [
          "Because the terms of reference do not formally apply, participants have fewer protections. Hold sensitive discussions in closed sessions, do not publish lists of participants, and avoid photos of people at risk. Choose venues where people can come without being noticed.",
          "If anyone faces threats after the event, tell the mandate holder. Reprisals for cooperating with the UN are a concern whether or not the visit was official.",
        ],
      },
    ],
  },

  sources: {
    title: "Where our data comes from",
    summary:
      "Visitdesk starts with reference data gathered from public sources. Each fact shows where it comes from and how sure we are, and the data can be replaced by an authoritative import.",
    sections: [
      {
        heading: "Mandates",
        paragraphs: [
          "Our list holds the 60 Special Procedures mandates that existed at the end of 2024: 46 thematic and 14 country mandates. For each we give the official title, the kind (Special Rapporteur, Independent Expert or Working Group), the year it was created and the resolution that created it. Changes made in 2025 have not been checked yet.",
          "French and Spanish titles are complete, but some are not yet verified. Current holders and contact addresses are often unknown or unchecked. We show how sure we are of each one, and we never invent an address.",
        ],
      },
      {
        heading: "Countries and UN membership",
        paragraphs: [
          "Country names and ISO codes come from maintained software packages (i18n-iso-countries and world-countries), not from a hand-made list, so they follow official changes and exist in several languages.",
          "UN membership is recorded beside them: 193 Member States and 2 observer States, the Holy See and the State of Palestine.",
        ],
      },
      {
        heading: "Standing invitations",
        paragraphs: [
          "About 129 States had a standing invitation in 2022. Our list holds 97 of them. For most, the date the invitation was issued is unknown. We give an exact date only where a source states it. Sometimes we can only say that a State had an invitation on or before a certain date, taken from a dated source.",
          "Each entry shows its source and a confidence level. Corpus means a dated public source supports it. Recall-unverified means it has not been checked yet. A State that is not in our list is unknown, not a no.",
        ],
        tips: [
          "Before using a standing invitation in advocacy, look at its source and confidence.",
          "Do not say that a State has no standing invitation only because it is missing from our list.",
          "If you know the date your State issued its invitation, share it with its source: most dates are still missing.",
        ],
      },
      {
        heading: "Visits and reports",
        paragraphs: [
          "Our starting visit records are a sample of real visits, not the full history. A missing visit may simply not be recorded yet, so check the official record before you draw conclusions from a gap.",
        ],
      },
      {
        heading: "Replacing our data",
        paragraphs: [
          "All this reference data can be replaced by an import from an authoritative source, such as OHCHR's own records, when the platform runs with network access. The people who run your Visitdesk decide when to do this.",
          "If you find an error, tell them and give the source. Every correction with a source makes the data more reliable for everyone.",
        ],
      },
    ],
  },
};

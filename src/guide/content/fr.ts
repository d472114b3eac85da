import type { GuideBook } from "../content";

export const fr: GuideBook = {
  know: {
    title: "Savoir quand une visite se prépare",
    summary:
      "Une visite de pays commence par une lettre, souvent des années avant l'arrivée de l'expert. Apprenez à lire l'historique des demandes, des rappels et des réponses pour agir tôt.",
    sections: [
      {
        heading: "Comment une visite avance",
        paragraphs: [
          "Une visite de pays est une mission officielle d'un titulaire de mandat (Rapporteur spécial, Expert indépendant ou Groupe de travail) dans un État. Elle dure en général de 5 à 10 jours, parfois plus. Chaque mandat ne fait que deux ou trois visites par an : les experts choisissent donc leurs pays avec soin.",
          "Chaque visite a une histoire faite de lettres et d'événements datés. L'expert demande une visite à l'État. L'État peut répondre, accepter, refuser ou ne rien dire. S'il accepte, les deux parties fixent des dates. La visite peut encore être reportée ou annulée. Puis elle a lieu, elle se termine, et un rapport suit quelques mois plus tard.",
          "Plus vous savez tôt où en est une visite, plus vous avez de temps pour agir : demander une réponse, préparer des informations, et prévoir comment les personnes pourront parler à l'expert en sécurité.",
        ],
      },
      {
        heading: "Lire l'historique des lettres",
        paragraphs: [
          "Visitdesk présente chaque visite comme une liste de lettres et d'événements datés, comme les enregistre le Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH). Lisez les entrées de la plus ancienne à la plus récente. La dernière indique où en sont les choses aujourd'hui.",
        ],
        tips: [
          "Demandée : l'expert a demandé une visite à l'État, parfois en proposant des dates.",
          "Rappel : l'expert renouvelle sa demande. Un nouveau titulaire peut aussi rappeler à l'État la demande faite par son prédécesseur.",
          "Invitation : l'État a invité l'expert de sa propre initiative. Une invitation qui répond à une demande vaut acceptation de celle-ci.",
          "Accusé de réception : l'État confirme seulement avoir reçu la lettre. Ce n'est pas un oui.",
          "Acceptée : un oui de principe. Les dates restent à fixer, et une visite acceptée peut attendre longtemps.",
          "Refusée, reportée, annulée : un non, un report des dates convenues ou l'abandon d'une visite prévue. Une visite reportée demande souvent une nouvelle pression pour être reprogrammée.",
        ],
      },
      {
        heading: "Pourquoi l'ancienneté d'une demande compte",
        paragraphs: [
          "Une demande peut rester en attente pendant de nombreuses années. Le silence n'est pas un refus formel, mais un long silence en dit beaucoup. Les rappels montrent que l'expert souhaite toujours venir.",
          "Visitdesk indique depuis combien de temps chaque demande est en attente et combien de rappels ont été envoyés. Vous disposez ainsi d'un fait simple et vérifiable pour votre plaidoyer, par exemple : la demande attend depuis six ans, avec trois rappels et aucune réponse.",
        ],
        tips: [
          "Avant de citer l'ancienneté d'une demande, vérifiez la date et la source de la dernière entrée.",
          "Nos données peuvent être incomplètes. Si vous connaissez une lettre qui manque, signalez-la aux personnes qui gèrent votre Visitdesk, avec sa source.",
          "Comparez plusieurs mandats : de nombreuses demandes sans réponse adressées au même État montrent une tendance, pas un simple oubli.",
        ],
      },
      {
        heading: "Les invitations permanentes et leurs limites",
        paragraphs: [
          "Une invitation permanente est l'engagement public d'un État d'accepter les visites de tous les mandats thématiques. Environ 129 États en avaient une en 2022. C'est un argument utile, car le Gouvernement a déjà dit oui en principe.",
          "Mais une invitation permanente ne couvre pas les mandats de pays et ne remplace pas l'accord sur chaque visite et sur ses dates. Beaucoup de demandes adressées à des États ayant une invitation permanente restent sans réponse pendant des années.",
        ],
        tips: [
          "Ne supposez pas qu'une invitation permanente signifie qu'une visite aura lieu bientôt.",
          "Des demandes en attente auprès d'un État qui a une invitation permanente sont un argument fort : l'État ne tient pas sa propre promesse.",
          "Si Visitdesk n'indique pas d'invitation permanente pour votre État, cela veut dire que nous ne savons pas, et non qu'il n'y en a pas. Voir la page sur nos sources de données.",
        ],
      },
      {
        heading: "Suivre un pays ou un mandat",
        paragraphs: [
          "Les informations sur les visites sont dispersées et arrivent souvent tard. Quand vous suivez un pays dans Visitdesk, vous êtes averti dès qu'une nouvelle demande, un rappel, une réponse ou une date est enregistrée.",
          "Vous pouvez aussi suivre les mandats les plus proches de votre travail. Un groupe qui travaille sur la détention peut suivre le mandat sur la torture ; un groupe qui travaille sur la terre peut suivre les mandats sur l'alimentation et sur le logement. Vous voyez ainsi où vont ces experts et comment ils travaillent.",
        ],
        tips: [
          "Suivez votre pays et vos voisins : les visites dans une même région soulèvent souvent des questions proches.",
          "Partagez les alertes avec votre coalition, pour qu'un seul groupe ne porte pas toute la veille.",
          "Dès qu'une visite est acceptée ou que des dates sont fixées, commencez à vous préparer : le temps avant une visite est souvent court.",
        ],
      },
    ],
  },

  obtain: {
    title: "Contribuer à obtenir une visite",
    summary:
      "Les experts choisissent leurs destinations parmi de nombreux pays, et le Gouvernement doit donner son accord. Vous pouvez agir des deux côtés : donner à l'expert de bonnes raisons de demander une visite, et pousser votre Gouvernement à dire oui.",
    sections: [
      {
        heading: "Qui décide",
        paragraphs: [
          "Le titulaire de mandat décide à quels États demander une visite. Avec deux ou trois visites par an seulement, chaque expert doit choisir. Des informations claires et fiables de la société civile peuvent faire monter un pays dans cette liste.",
          "L'État décide s'il accepte, et quand. La société civile peut aussi agir ici, en demandant au Gouvernement, en public comme en privé, de répondre aux demandes et de fixer des dates.",
          "Avant d'écrire à qui que ce soit, consultez l'historique des lettres. Si une demande est déjà en attente, votre tâche principale est de faire pression sur le Gouvernement, et de dire à l'expert que le besoin d'une visite demeure.",
        ],
      },
      {
        heading: "Écrire à un mandat : présenter vos arguments",
        paragraphs: [
          "Faites une lettre courte : deux ou trois pages, et le reste en annexe. Expliquez trois choses. Pourquoi maintenant : une nouvelle loi, une élection, une crise, un nouveau Gouvernement peut-être ouvert au changement, ou une situation qui s'aggrave. Les preuves : des faits concrets avec dates, lieux et sources, qui montrent une tendance plutôt qu'un cas isolé. Ce qu'une visite pourrait changer : quelles décisions, quelles institutions ou quels débats publics les recommandations de l'expert pourraient influencer, et qui, au sein de l'État, pourrait s'en servir.",
          "Utilisez le canal de contact officiel du mandat publié par le HCDH. N'inventez jamais une adresse électronique. Quand Visitdesk connaît l'adresse d'un mandat, il indique notre degré de certitude.",
        ],
        tips: [
          "Commencez par un résumé d'un paragraphe : l'expert lit beaucoup de lettres.",
          "Reliez vos questions aux thèmes et aux travaux antérieurs du mandat.",
          "Mentionnez les recommandations de l'Examen périodique universel (EPU) ou des organes conventionnels qui ne sont toujours pas mises en œuvre.",
          "Indiquez si une demande de visite est déjà en attente, et depuis quand.",
          "Présentez-vous et citez les autres groupes qui soutiennent la lettre.",
          "Ne nommez pas de victimes ni de témoins sans leur accord et sans réelle nécessité.",
        ],
      },
      {
        heading: "Faire pression sur le Gouvernement",
        paragraphs: [
          "Demandez à votre Gouvernement de répondre aux demandes en attente, de fixer des dates ou d'adresser une invitation permanente. Utilisez ses propres mots. Lors de l'Examen périodique universel, les États reçoivent souvent des recommandations les invitant à coopérer avec les Procédures spéciales, à accepter les demandes de visite en attente ou à adresser une invitation permanente. L'État indique ensuite s'il appuie chaque recommandation ou s'il en prend seulement note. Une recommandation appuyée est un engagement que vous pouvez citer.",
          "Les États candidats à un siège au Conseil des droits de l'homme prennent en général des engagements publics. Ils y promettent souvent de coopérer avec les Procédures spéciales : vous pouvez les citer aussi.",
        ],
        tips: [
          "Citez la recommandation exacte de l'EPU et la réponse de l'État.",
          "Montrez l'ancienneté de chaque demande en attente et le nombre de rappels.",
          "Demandez une étape précise, comme une réponse proposant des dates, et pas seulement de la bonne volonté.",
          "Demandez à des parlementaires de poser la question, et associez votre institution nationale des droits de l'homme.",
          "Informez des ambassades favorables pour qu'elles soulèvent la question auprès du Gouvernement ou lors du prochain EPU.",
        ],
      },
      {
        heading: "Lettres collectives de coalition",
        paragraphs: [
          "Une lettre signée par de nombreux groupes montre que le besoin est partagé entre régions et thématiques. Il est plus difficile pour un Gouvernement de l'ignorer, et elle montre à l'expert qu'une visite trouverait des partenaires sur le terrain.",
          "Une lettre collective demande une bonne organisation. Désignez une personne chargée de la rédaction, fixez le texte et une date limite claire. Vérifiez chaque signature auprès de l'organisation elle-même avant de publier.",
        ],
        tips: [
          "Arrêtez le texte avant de recueillir les signatures, pour que personne ne signe une version qui change ensuite.",
          "Permettez aux groupes exposés à des risques de soutenir la lettre sans que leur nom soit rendu public.",
          "Rappelez-vous qu'une liste de signataires publiée reste publique pour toujours.",
          "Envoyez la lettre finale avec la liste des signataires, et gardez-en une copie avec la date d'envoi.",
        ],
      },
      {
        heading: "Penser d'abord à la sécurité",
        paragraphs: [
          "Certaines autorités voient un appel à une visite de l'ONU comme un acte hostile. Avant de rendre votre démarche publique, demandez-vous qui pourrait être exposé, en particulier les petits groupes, les groupes hors de la capitale et les militants isolés. Une lettre discrète à l'expert est parfois plus sage qu'une campagne publique.",
          "Les personnes qui coopèrent avec l'ONU subissent parfois des représailles, et le Secrétaire général de l'ONU fait rapport sur ces cas chaque année. Si vous ou vos partenaires êtes menacés à cause de votre travail avec l'ONU, informez-en le titulaire de mandat.",
        ],
      },
      {
        heading: "Quand une visite officielle semble peu probable",
        paragraphs: [
          "Si le Gouvernement reste silencieux pendant des années, envisagez plutôt d'inviter l'expert à une conférence ou à un événement. Il n'en sortira pas de rapport officiel, mais cela peut créer des liens et ouvrir la voie à une invitation officielle. Voir la page sur les visites non officielles.",
        ],
      },
    ],
  },

  before: {
    title: "Se préparer avant la visite",
    summary:
      "Une fois la visite acceptée, l'expert construit son programme et cherche des informations. Envoyez à temps des informations ciblées et bien sourcées, protégez les personnes qui y sont nommées, et faites connaître la visite.",
    sections: [
      {
        heading: "Appels à contributions et dates limites",
        paragraphs: [
          "Avant une visite, l'expert publie souvent un appel à contributions : quelques questions, une date limite et parfois un nombre maximal de mots. La date limite tombe en général plusieurs semaines avant la visite, pendant la préparation du programme. Une contribution tardive peut encore être lue, mais elle a moins de chances d'influencer où va l'expert et qui il rencontre.",
          "Visitdesk affiche les appels à contributions et leurs dates limites pour les pays et les mandats que vous suivez.",
        ],
        tips: [
          "Partez de la date limite et fixez votre propre échéance une semaine plus tôt.",
          "Répondez aux questions posées, dans l'ordre où elles sont posées.",
          "Respectez la limite de mots. Placez le reste en annexe.",
          "Vérifiez quelles langues sont acceptées. Si vous devez écrire dans une autre langue, ajoutez un court résumé dans une langue que l'expert lit.",
        ],
      },
      {
        heading: "Construire une contribution solide",
        paragraphs: [
          "Une structure claire aide un expert très occupé. Commencez par un résumé d'une page. Donnez ensuite un bref contexte, puis vos principales préoccupations. Pour chacune, présentez les faits, les preuves et ce que les autorités ont fait ou n'ont pas fait. Terminez par des recommandations à l'expert.",
          "Une bonne preuve est précise : dates, lieux, chiffres avec leur source, lois, décisions de justice et documents officiels. Distinguez clairement ce que vous avez constaté vous-mêmes de ce que d'autres vous ont rapporté. Quelques cas solides valent mieux que beaucoup de cas fragiles.",
          "Vos recommandations peuvent demander à l'expert de visiter certains lieux (une prison, une région, un camp), de rencontrer certaines personnes ou certains responsables, et d'adresser des recommandations précises au Gouvernement. Soyez concrets : qui doit faire quoi, et dans quel délai.",
        ],
        tips: [
          "Utilisez des titres et des paragraphes numérotés pour que l'expert puisse les citer.",
          "Indiquez la source de chaque chiffre.",
          "Proposez des lieux hors de la capitale que l'expert devrait voir.",
          "Reliez vos demandes aux recommandations déjà faites par l'EPU ou les organes conventionnels.",
        ],
      },
      {
        heading: "La confidentialité, partie par partie",
        paragraphs: [
          "Toutes les parties d'une contribution n'ont pas besoin de la même protection. Votre analyse d'une loi peut être publique. Le récit détaillé de la détention d'une personne peut être réservé à l'expert. Les contributions aux appels sont souvent publiées en ligne, sauf demande contraire : indiquez donc clairement ce qui peut être publié et ce qui ne doit pas l'être.",
          "Visitdesk vous permet d'attribuer à chaque partie d'une contribution son propre niveau de confidentialité, pour que ce qui doit rester privé le reste.",
        ],
        tips: [
          "Signalez les parties confidentielles en tête de chacune d'elles, pas seulement dans une note d'accompagnement.",
          "Gardez les noms et les coordonnées dans une annexe séparée et protégée.",
          "Supprimez les données cachées des fichiers et des photos, comme l'auteur, le lieu et la date.",
          "Utilisez le canal le plus sûr dont vous disposez, et évitez si possible d'envoyer des fichiers sensibles par simple courrier électronique.",
        ],
      },
      {
        heading: "Le consentement éclairé des personnes nommées",
        paragraphs: [
          "Avant de nommer quelqu'un ou de raconter son histoire, demandez-lui. Expliquez-lui dans sa langue qui lira ces informations, si elles pourraient être publiées ou transmises au Gouvernement, quels risques cela peut entraîner, et qu'il ou elle peut refuser ou changer d'avis plus tard.",
          "Un consentement pour un usage n'est pas un consentement pour tous les usages. Notez ce que chaque personne a accepté, quand et auprès de qui. Soyez particulièrement attentifs avec les enfants, les personnes détenues et celles qui peuvent subir des pressions.",
        ],
        tips: [
          "Si une personne ne veut pas être nommée, retirez tout détail qui permettrait de l'identifier : village, métier, dates exactes, liens familiaux.",
          "Une histoire peut identifier une personne même sans son nom.",
          "Conservez les preuves de consentement en lieu sûr : elles contiennent justement les noms que vous voulez protéger.",
        ],
      },
      {
        heading: "Contributions conjointes de coalition",
        paragraphs: [
          "Une contribution conjointe fait gagner du temps à l'expert et donne une image commune. Répartissez le travail par thème, désignez une personne chargée de la relecture finale, et convenez d'une même présentation pour les preuves et les recommandations. Veillez à y associer les groupes hors de la capitale, les associations de victimes et les petites organisations, pas seulement les plus grandes.",
          "Chaque membre décide lui-même si son nom apparaît. Un groupe exposé peut contribuer sans figurer sur la liste.",
        ],
      },
      {
        heading: "Faire connaître la visite",
        paragraphs: [
          "Beaucoup de personnes concernées n'entendent jamais parler d'une visite à temps. Diffusez les dates, l'appel à contributions et la manière de joindre l'expert auprès des groupes locaux, des responsables communautaires et des journalistes. Traduisez l'essentiel dans les langues locales.",
          "En revanche, ne publiez pas qui compte rencontrer l'expert, ni où, ni quand. Ces détails peuvent exposer des personnes à des pressions avant même l'arrivée de l'expert.",
        ],
        tips: [
          "Annoncez la visite, pas les rencontres.",
          "Utilisez les radios locales et les réseaux communautaires, pas seulement les réseaux sociaux.",
          "Indiquez aux personnes comment joindre votre coalition en sécurité si elles veulent être entendues.",
        ],
      },
    ],
  },

  during: {
    title: "Pendant la visite",
    summary:
      "L'expert n'a que quelques jours et beaucoup de personnes à entendre. Coordonnez-vous avec les autres groupes pour que les voix les plus importantes soient entendues, rencontrez l'expert en sécurité, et suivez ce qu'il dit à la fin.",
    sections: [
      {
        heading: "Comment les rencontres sont organisées",
        paragraphs: [
          "Un membre du personnel du HCDH, le fonctionnaire chargé de la visite, coordonne le programme. C'est par son intermédiaire que les rencontres avec la société civile sont organisées. Le programme est chargé : réunions avec des ministres, le parlement, la justice, l'institution nationale des droits de l'homme et les agences de l'ONU, visites de lieux comme les prisons, et déplacements hors de la capitale. Le temps réservé à la société civile est limité.",
          "Envoyez votre demande de rencontre tôt, par le canal officiel du mandat. Restez bref et clair.",
        ],
        tips: [
          "Dites qui vous êtes, qui vous représentez et le sujet.",
          "Donnez vos trois messages principaux en quelques lignes.",
          "Indiquez où vous pourriez vous rencontrer, et si vous avez besoin d'interprétation ou d'un autre soutien, comme un accès sans marches.",
          "Signalez si les personnes qui viendraient courent un risque particulier.",
          "Désignez une seule personne de contact et restez prêts à changer d'heure ou de lieu.",
        ],
      },
      {
        heading: "Se coordonner pour que de nombreuses voix soient entendues",
        paragraphs: [
          "Quand chaque groupe demande sa propre rencontre, ce sont en général les plus grands et les plus connus qui obtiennent le temps. Cela fonctionne mieux quand les ONG nationales se coordonnent : une liste commune des groupes et des thèmes, et un seul point de contact avec le fonctionnaire chargé de la visite.",
          "Donnez la priorité à celles et ceux qu'on entend rarement : les groupes hors de la capitale, les personnes les plus touchées, les associations de victimes et les personnes en danger. Les créneaux de rencontre sont rares : partagez-les équitablement. Convenez à l'avance de critères clairs, équilibrez thèmes et régions, et expliquez les choix à tous.",
          "Visitdesk aide les coalitions à rassembler les demandes de rencontre en un seul endroit et à répartir les créneaux disponibles.",
        ],
        tips: [
          "Une seule personne par organisation lors d'une rencontre commune.",
          "Les grandes organisations peuvent céder leur temps à des groupes plus petits ou plus touchés.",
          "Gardez une liste de qui a demandé et qui a été entendu, pour faire mieux la prochaine fois.",
        ],
      },
      {
        heading: "Rencontres thématiques en groupe",
        paragraphs: [
          "Les experts rencontrent souvent plusieurs organisations ensemble sur un même thème. Convenez à l'avance de qui dit quoi, pour éviter les répétitions. Chaque intervenant dispose de quelques minutes : un fait clé, un cas (avec consentement), une recommandation.",
          "Apportez un court résumé écrit avec vos coordonnées pour l'équipe de l'expert. Laissez du temps pour les questions de l'expert : ce sont souvent les moments les plus utiles.",
        ],
      },
      {
        heading: "Rencontres privées pour les personnes en danger",
        paragraphs: [
          "Certaines personnes ne peuvent pas être vues avec l'expert : victimes, témoins, proches de personnes détenues, militants sous surveillance. Demandez une rencontre privée au fonctionnaire chargé de la visite, et expliquez pourquoi sans donner plus de détails que nécessaire.",
          "Choisissez un lieu et un moment discrets. Pensez aux trajets, aux téléphones et à qui est au courant de la rencontre. Raconter à nouveau son histoire peut être douloureux pour une victime : proposez-lui d'être accompagnée par une personne de confiance.",
        ],
        tips: [
          "Pas de photos, pas de publications sur les réseaux sociaux, pas de liste publique des participants.",
          "Convenez à l'avance de ce que les participants diront si quelqu'un les interroge sur la rencontre.",
          "Assurez-vous que chacun sait comment signaler des menaces après la rencontre.",
        ],
      },
      {
        heading: "Les termes de référence vous protègent",
        paragraphs: [
          "Pour chaque visite, l'État doit garantir les termes de référence. Ils comprennent la liberté de circulation et d'enquête, l'accès aux lieux de détention, des contacts confidentiels et sans surveillance avec les témoins, les victimes, les ONG et d'autres personnes privées, et l'assurance que personne ne subira de représailles pour avoir rencontré l'expert.",
          "Si des responsables veulent assister à votre rencontre, si vous remarquez une surveillance ou si quelqu'un est menacé, prévenez immédiatement l'équipe de l'expert et notez ce qui s'est passé, avec les dates. Les représailles peuvent aussi survenir après le départ de l'expert. Le Secrétaire général de l'ONU fait rapport chaque année sur les représailles.",
        ],
      },
      {
        heading: "La déclaration de fin de visite",
        paragraphs: [
          "Le dernier jour, l'expert donne en général une conférence de presse et publie une déclaration de fin de visite avec ses conclusions préliminaires. C'est le moment où l'attention du public est la plus forte.",
          "Lisez-la vite et comparez-la avec vos préoccupations. Ce n'est pas le rapport final, qui arrive des mois plus tard, mais vous pouvez déjà l'utiliser.",
        ],
        tips: [
          "Préparez à l'avance une courte réaction pour les médias et adaptez-la le jour même.",
          "Citez les termes mêmes de la déclaration dans vos langues locales.",
          "Notez ce qui manque : vous pouvez le signaler à l'expert avant la rédaction du rapport.",
        ],
      },
    ],
  },

  after: {
    title: "Après la visite : utiliser le rapport",
    summary:
      "Le rapport arrive des mois plus tard et est présenté au Conseil des droits de l'homme. Ses recommandations sont des outils : utilisez-les pour votre plaidoyer, suivez ce qui est fait, et portez-les devant l'EPU et les organes conventionnels.",
    sections: [
      {
        heading: "Quand et comment le rapport arrive",
        paragraphs: [
          "Le rapport paraît de quelques semaines à plus d'un an après la visite ; dans les cas que nous avons vus, entre 7 et 21 mois. C'est un additif au rapport annuel du mandat, avec une cote comme A/HRC/52/39/Add.1 : un document du Conseil des droits de l'homme pour la session 52, document 39, additif 1. Avant 2006, les cotes commencent par E/CN.4, celles de l'ancienne Commission des droits de l'homme.",
          "Les commentaires de l'État sur le rapport peuvent paraître dans un autre additif. Ce document n'est pas le rapport de visite, mais lisez-le aussi : il montre ce que le Gouvernement accepte et ce qu'il conteste.",
          "Le rapport est présenté lors d'une session du Conseil (de février à avril, de juin à juillet et de septembre à octobre) au cours d'un dialogue interactif. Les ONG peuvent y faire des déclarations et organiser des manifestations parallèles. Les déclarations orales sont en général faites par des organisations dotées du statut consultatif auprès de l'ECOSOC ; les autres s'associent souvent à l'une d'elles.",
        ],
      },
      {
        heading: "Lire les recommandations",
        paragraphs: [
          "Le dernier chapitre, conclusions et recommandations, contient des paragraphes numérotés. Un paragraphe s'ouvre souvent par une formule comme : le Rapporteur spécial recommande au Gouvernement, suivie d'alinéas (a), (b), (c). Les recommandations peuvent être regroupées par thème ou par destinataire : Gouvernement, parlement, justice, institution nationale des droits de l'homme, société civile, communauté internationale ou agences de l'ONU.",
          "La référence stable d'une recommandation est son numéro de paragraphe suivi de la lettre, par exemple 85(b). Les chapitres précédents peuvent employer le verbe recommander sans formuler de recommandation : seul le dernier chapitre compte.",
        ],
        tips: [
          "Citez avec précision : paragraphe 85(b) du document A/HRC/52/39/Add.1.",
          "Choisissez quelques recommandations prioritaires plutôt que toutes.",
          "Pour chacune, nommez l'institution responsable.",
          "Traduisez les recommandations clés dans les langues locales et diffusez-les largement.",
        ],
      },
      {
        heading: "Suivre la mise en œuvre avec des preuves",
        paragraphs: [
          "Pour chaque recommandation que vous suivez, notez où en est sa mise en œuvre (pas commencée, partielle, complète, ou situation aggravée) et les preuves : une nouvelle loi, une ligne budgétaire, un décret, une décision de justice, des données. Indiquez la date et la source de chaque preuve.",
          "Soyez honnêtes sur les progrès partiels. Un bilan crédible est plus utile qu'un bilan sévère. Visitdesk vous permet d'enregistrer l'état de mise en œuvre de chaque recommandation avec ses preuves et de le partager avec votre coalition.",
        ],
        tips: [
          "Une annonce n'est pas une mise en œuvre : cherchez l'acte, l'argent et le résultat.",
          "Faites le point avant chaque échéance de l'EPU ou d'un organe conventionnel.",
          "Notez qui a vérifié les preuves, et quand.",
        ],
      },
      {
        heading: "Le suivi avec l'expert",
        paragraphs: [
          "Les experts peuvent envoyer des questionnaires de suivi, publier des rapports de suivi ou effectuer une nouvelle visite. Envoyez-leur régulièrement de courtes mises à jour sur ce qui a changé, avec des preuves. Informez-les rapidement de toute représaille contre des personnes qui ont participé à la visite.",
          "L'Index universel des droits de l'homme du HCDH présente les recommandations des Procédures spéciales à côté de celles de l'EPU et des organes conventionnels, avec leurs thèmes et les groupes concernés. Il vous aide à retrouver toutes les recommandations sur une même question.",
        ],
      },
      {
        heading: "Alimenter l'EPU et les organes conventionnels",
        paragraphs: [
          "Les recommandations d'une visite gagnent en force quand d'autres mécanismes les reprennent. Utilisez-les dans vos contributions de parties prenantes à l'EPU et dans vos rapports alternatifs aux organes conventionnels. Demandez à des États favorables d'en faire des recommandations lors de l'EPU.",
          "Quand plusieurs mécanismes disent la même chose, le Gouvernement a plus de mal à l'ignorer, et votre plaidoyer devient plus simple à expliquer.",
        ],
      },
      {
        heading: "La sécurité après la visite",
        paragraphs: [
          "Les représailles ne s'arrêtent pas au départ de l'expert. Restez en contact avec les personnes qui l'ont rencontré ou lui ont donné des informations, surtout hors de la capitale. Quand le rapport paraît, vérifiez que rien ne permet d'identifier une personne qui a demandé l'anonymat, et prévenez immédiatement l'équipe de l'expert si c'est le cas.",
          "Signalez toute menace ou attaque liée à la visite au titulaire de mandat et au HCDH, avec les dates et les détails, si la personne concernée est d'accord.",
        ],
      },
    ],
  },

  unofficial: {
    title: "Les visites non officielles",
    summary:
      "Quand une visite officielle n'est pas possible ou pas encore acceptée, une ONG ou une université peut inviter un titulaire de mandat à une conférence ou à un événement. Il n'en sort pas de rapport officiel, mais cela crée des connaissances et des liens.",
    sections: [
      {
        heading: "Qu'est-ce qu'une visite non officielle",
        paragraphs: [
          "Une visite non officielle a lieu quand une organisation (ONG, coalition ou université) invite un titulaire de mandat à une conférence, une formation, un exposé public ou une consultation. L'expert vient à l'invitation de cette organisation, pas de l'État.",
          "Ce n'est pas une mission officielle. Le Gouvernement n'a pas accepté de programme, et les termes de référence qui protègent les visites officielles ne s'appliquent pas formellement.",
        ],
      },
      {
        heading: "Ce qu'elle peut apporter, et ses limites",
        paragraphs: [
          "Une visite non officielle peut beaucoup apporter. L'expert voit la situation de ses propres yeux, rencontre des groupes qu'il ne rencontrerait pas autrement et peut s'exprimer en public. Des responsables peuvent accepter de le rencontrer. Des liens se créent, et la voie vers une invitation officielle peut s'ouvrir.",
          "Mais elle a des limites. Il n'y a ni rapport officiel au Conseil des droits de l'homme ni recommandations formelles. L'expert n'a aucun accès garanti aux responsables ou aux lieux de détention. Il peut aussi choisir ses mots en public avec prudence, puisqu'il n'est pas en mission officielle.",
        ],
        tips: [
          "Dites clairement aux partenaires et aux médias qu'il ne s'agit pas d'une visite officielle.",
          "Ne promettez pas aux participants que l'expert rendra compte de leur cas.",
          "Gardez une trace de ce que l'expert a dit en public : vous pourrez le citer plus tard.",
        ],
      },
      {
        heading: "Qui paie, et comment s'organiser",
        paragraphs: [
          "Les titulaires de mandat ne sont pas rémunérés pour leur travail, et l'ONU ne finance généralement pas les déplacements non officiels. L'organisation hôte prend normalement en charge le voyage, les visas, l'hébergement, l'interprétation et les besoins d'accessibilité. Dites clairement qui paie, sans y attacher de conditions : l'expert doit rester indépendant et évitera tout ce qui ressemble à une faveur.",
          "Les agendas des experts se remplissent des mois à l'avance. Invitez tôt, avec un objectif clair, un projet de programme et les principales personnes qu'il rencontrerait.",
        ],
        tips: [
          "Communiquez ouvertement à l'expert les sources de financement.",
          "Prévoyez un programme équilibré, pas seulement centré sur les questions de votre organisation.",
          "Réservez du temps aux groupes hors de la capitale et aux personnes concernées.",
          "Convenez à l'avance de ce qui sera public et de ce qui ne le sera pas.",
        ],
      },
      {
        heading: "Préparer le terrain pour une visite officielle",
        paragraphs: [
          "Profitez de l'événement pour créer des ponts. Invitez des responsables à intervenir ou à participer, et proposez d'organiser une rencontre entre l'expert et le ministère concerné. Une bonne expérience peut rendre le Gouvernement plus disposé à adresser une invitation officielle.",
          "Après l'événement, écrivez au Gouvernement pour lui demander d'inviter officiellement l'expert ou d'accepter la demande en attente, et tenez l'expert informé de l'évolution de la situation.",
        ],
      },
      {
        heading: "La sécurité sans garanties formelles",
        paragraphs: [
          "Comme les termes de référence ne s'appliquent pas formellement, les participants sont moins protégés. Tenez les discussions sensibles à huis clos, ne publiez pas de liste de participants et évitez de photographier les personnes en danger. Choisissez des lieux où l'on peut venir sans se faire remarquer.",
          "Si quelqu'un subit des menaces après l'événement, informez-en le titulaire de mandat. Les représailles pour coopération avec l'ONU sont un sujet de préoccupation, que la visite soit officielle ou non.",
        ],
      },
    ],
  },

  sources: {
    title: "D'où viennent nos données",
    summary:
      "Visitdesk s'appuie au départ sur des données de référence tirées de sources publiques. Chaque information indique sa provenance et notre degré de certitude, et ces données peuvent être remplacées par une importation faisant autorité.",
    sections: [
      {
        heading: "Les mandats",
        paragraphs: [
          "Notre liste comprend les 60 mandats des Procédures spéciales existant fin 2024 : 46 mandats thématiques et 14 mandats de pays. Pour chacun, nous donnons le titre officiel, le type (Rapporteur spécial, Expert indépendant ou Groupe de travail), l'année de création et la résolution qui l'a créé. Les changements intervenus en 2025 n'ont pas encore été vérifiés.",
          "Les titres en français et en espagnol sont complets, mais certains ne sont pas encore vérifiés. Les titulaires actuels et les adresses de contact sont souvent inconnus ou non vérifiés. Nous indiquons notre degré de certitude pour chacun, et nous n'inventons jamais d'adresse.",
        ],
      },
      {
        heading: "Les pays et l'appartenance à l'ONU",
        paragraphs: [
          "Les noms de pays et les codes ISO proviennent de bibliothèques logicielles tenues à jour (i18n-iso-countries et world-countries), et non d'une liste faite à la main : ils suivent ainsi les changements officiels et existent en plusieurs langues.",
          "L'appartenance à l'ONU est enregistrée à côté : 193 États Membres et 2 États observateurs, le Saint-Siège et l'État de Palestine.",
        ],
      },
      {
        heading: "Les invitations permanentes",
        paragraphs: [
          "Environ 129 États avaient une invitation permanente en 2022. Notre liste en compte 97. Pour la plupart, la date à laquelle l'invitation a été adressée est inconnue. Nous ne donnons une date exacte que si une source l'indique. Parfois, nous pouvons seulement dire qu'un État avait une invitation à une date donnée ou avant, d'après une source datée.",
          "Chaque entrée indique sa source et un niveau de confiance. « corpus » signifie qu'une source publique datée l'appuie. « recall-unverified » signifie qu'elle n'a pas encore été vérifiée. Un État absent de notre liste est de statut inconnu : cela ne veut pas dire non.",
        ],
        tips: [
          "Avant d'utiliser une invitation permanente dans votre plaidoyer, regardez sa source et son niveau de confiance.",
          "N'affirmez pas qu'un État n'a pas d'invitation permanente au seul motif qu'il manque dans notre liste.",
          "Si vous connaissez la date à laquelle votre État a adressé son invitation, communiquez-la avec sa source : la plupart des dates manquent encore.",
        ],
      },
      {
        heading: "Visites et rapports",
        paragraphs: [
          "Nos données de départ sur les visites sont un échantillon de visites réelles, pas l'historique complet. Une visite absente n'est peut-être simplement pas encore enregistrée : vérifiez les sources officielles avant de tirer une conclusion d'une absence.",
        ],
      },
      {
        heading: "Remplacer nos données",
        paragraphs: [
          "Toutes ces données de référence peuvent être remplacées par une importation depuis une source faisant autorité, comme les propres registres du HCDH, lorsque la plateforme dispose d'un accès au réseau. Les personnes qui gèrent votre Visitdesk décident du moment.",
          "Si vous trouvez une erreur, signalez-la-leur en indiquant la source. Chaque correction sourcée rend les données plus fiables pour tout le monde.",
        ],
      },
    ],
  },
};

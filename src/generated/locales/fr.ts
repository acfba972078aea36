
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'h6220ecf0f57c1ffd': html`Source : <a href="${0}">Immigration, Réfugiés et Citoyenneté Canada</a> — vérifié le ${1}`,
'h7dfc22ad37bfdf0f': html`Composez le ${0}`,
'hc4f8ead0823429b7': html`La Ligne d’urgence canadienne contre la traite des personnes peut vous aider à en trouver un : <a class="phone" part="phone-link" href="${0}">${1}</a>`,
's0193b7490dd9ad67': `Elle ne fait pas partie de la police ni du gouvernement.`,
's099b18e1bd8a1154': `Heures d’ouverture`,
's0d18ef1e69146d6e': `Ce que le permis vous donne`,
's17ceba66d77e80bc': `On peut vous demander de quitter le Canada.`,
's1d2a308dfbd14514': `des services de consultation`,
's1f985cb8cb64c3e1': `un permis de travail (vous devez le demander)`,
's2d4a1d085d46bb07': `Sur cette page`,
's2f844cc459dba718': `En cas d’urgence`,
's3182f9b57c21cc0b': `Une demande d’asile`,
's372761d9acbbcd15': `Permis de séjour temporaire pour les victimes de la traite de personnes`,
's3af8d31f4e039c0c': `Vous pouvez le faire si vous craignez l’une de ces choses en cas de retour dans votre pays :`,
's3e26d5cd17b4e7a4': `Qui appeler`,
's4b74a14c2dad2964': `des soins de santé`,
's519ebec866d491ca': `Questions sur votre dossier d’immigration`,
's51b4b390c3b47c8f': `un risque pour votre vie`,
's7475a8913f17fcc9': `Si vous obtenez le permis`,
's75524faee5374f41': `Vous pouvez aussi présenter une demande d’asile.`,
's78488b7760a2b89b': `Confidentielle.`,
's78547f867a8c571e': `Vous avez un statut juridique au Canada.`,
's7871e2c4e0756926': `la persécution`,
's795bb001e2982560': `la torture`,
's7c774bf6ff75aa05': `Demandez donc un avis juridique avant de choisir. Un avocat ou un organisme d’aide peut vous aider.`,
's811db1e4e8ca76c2': `Ouverte 24 heures sur 24, 7 jours sur 7.`,
's82665b2ffabc9c0a': `Site Web`,
's8965f8493d98c45b': `Ce numéro fonctionne seulement à partir du Canada. Vous pouvez aussi aller à un bureau local d’IRCC.`,
's8c0650dfe306f7ad': `Un agent d’immigration décide si vous obtenez le permis.`,
's907149d47877e1b0': `Le permis est temporaire. Voici deux façons de demander à rester au Canada de façon permanente.`,
's91cef4b5388270c8': `Vous pouvez présenter à IRCC une demande de résidence permanente fondée sur des considérations d’ordre humanitaire (CH).`,
's95fd42e9792a937a': str`Aide dans plus de ${0} langues.`,
's9a90c7396c0122f4': `Le permis de séjour temporaire`,
's9d0a94c409c1560e': `Ligne d’urgence canadienne contre la traite des personnes`,
'sa65a965859ea3cd4': `ATS offert aux personnes sourdes ou malentendantes.`,
'sb18d22befeca7650': `Après la décision`,
'sb5e38517ddccc30a': `Avant de choisir`,
'sb6af29a9766b8825': `Appelez le centre de soutien à la clientèle d’Immigration, Réfugiés et Citoyenneté Canada (IRCC) :`,
'sb972c6aaee4419e0': `Vous avez aussi droit à ces avantages pendant toute la durée du permis :`,
'sbf8caad1c6a31f43': `Ce guide s’adresse aux personnes au Canada qui sont peut-être victimes de la traite de personnes.`,
'sc9436e18f78b2aba': `des peines ou traitements cruels et inhabituels`,
'sc9439bcdd92463bf': `Soutien local`,
'sce1e838a5d7c7415': `Parlez à un avocat ou à un organisme d’aide. Faites-le le plus tôt possible.`,
'sd036d361a4d54002': `Rester au Canada de façon permanente`,
'sd1f44f1a8bc20e67': `Courriel`,
'sdef778c647a46b24': `La résidence permanente pour considérations d’ordre humanitaire`,
'sdf765c1b233a6806': `Il explique un permis spécial qui peut vous permettre de rester au Canada légalement.`,
'seee94266e0909603': `Si vous n’obtenez pas le permis`,
'sf1bc83d2509bafcf': `Téléphone`,
'sf371a6d346cd594e': `Un agent examine l’ensemble de votre situation pour décider.`,
'sf4da4eac030effa5': `Vous ne pouvez pas présenter de demande pour considérations d’ordre humanitaire pendant que votre demande d’asile attend une décision.`,
'sf76355093f79b336': `Votre entrevue avec un agent d’immigration`,
'sfcdd8e672c75b713': `Adresse`,
    };
  

    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'h6220ecf0f57c1ffd': html`Source : <a href="${0}">Immigration, Réfugiés et Citoyenneté Canada</a> — vérifié le ${1}`,
'h7dfc22ad37bfdf0f': html`Composez le ${0}`,
's0193b7490dd9ad67': `Elle ne fait pas partie de la police ni du gouvernement.`,
's099b18e1bd8a1154': `Heures d’ouverture`,
's2f844cc459dba718': `En cas d’urgence`,
's3e061bf46efc2257': `Comment rester en sécurité en ligne`,
's3e26d5cd17b4e7a4': `Qui appeler`,
's519ebec866d491ca': `Questions sur votre dossier d’immigration`,
's78488b7760a2b89b': `Confidentielle.`,
's811db1e4e8ca76c2': `Ouverte 24 heures sur 24, 7 jours sur 7.`,
's82665b2ffabc9c0a': `Site Web`,
's8965f8493d98c45b': `Ce numéro fonctionne seulement à partir du Canada. Vous pouvez aussi aller à un bureau local d’IRCC.`,
's8be2447e626da138': str`Appuyez encore ${0} fois sur la touche Maj pour quitter.`,
's8be3cf68a3357e5e': `Quitter cette page`,
's95fd42e9792a937a': str`Aide dans plus de ${0} langues.`,
's9d0a94c409c1560e': `Ligne d’urgence canadienne contre la traite des personnes`,
'sa65a965859ea3cd4': `ATS offert aux personnes sourdes ou malentendantes.`,
'sb59d68ed12d46377': `Chargement`,
'sb6af29a9766b8825': `Appelez le centre de soutien à la clientèle d’Immigration, Réfugiés et Citoyenneté Canada (IRCC) :`,
'sc9439bcdd92463bf': `Soutien local`,
'sd1f44f1a8bc20e67': `Courriel`,
'sea64fbd2d5723788': `Urgence :`,
'sed0d1ce3d3edbfe3': str`Appuyez encore ${0} fois sur la touche Maj pour quitter.`,
'sf1bc83d2509bafcf': `Téléphone`,
'sf573337c4c59ebb7': `Ce bouton n’efface pas votre historique de navigation.`,
'sfcdd8e672c75b713': `Adresse`,
    };
  
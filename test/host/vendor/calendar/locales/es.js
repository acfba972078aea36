// Another library's Spanish, as a calendar library ships it (a classic script at locales/es.js).
(function () {
  var locales = (window.calendarLocales = window.calendarLocales || []);
  locales.push({code: 'es', buttonText: {today: 'Hoy', month: 'Mes'}});
})();

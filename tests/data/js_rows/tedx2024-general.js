const schedule = [
    { time: '08:00 am - 08:45 am', title: 'Check-in', host: 'TEDx Team' },
    { time: '09:00 am - 09:20 am', title: 'Inauguración oficial', host: 'Peter Fulle' },
    { time: '11:00 am - 12:20 pm', title: 'Outdoor activities', host: 'Partners & Allies' },
    { time: '14:10 pm - 15:00 pm', title: 'Lunchtime and artistic interventions', host: 'Performance Hosts' },
    { time: '15:00 pm - 16:30 pm', title: 'Pantners encore', host: 'P Partners' },
    { time: '16:30 pm - 17:00 pm', title: 'Break', host: '' },
    { time: '21:20 pm - 21:40 pm', title: 'Closing session', host: 'TEDx Team' }
  ];

  export default schedule;
export default [
  { time: '09:30-10:00', event: 'Opening ceremony' },
  { time: '10:00-12:00', event: 'Morning sessions' },
  { time: '12:00-13:00', event: 'Lunch' },
  { time: '13:00-15:00', event: 'Afternoon sessions' },
  { time: '15:00-15:30', event: 'Break' },
  { time: '15:30-17:00', event: 'Evening sessions' },
  { time: '17:00-19:00', event: 'After party' },
]

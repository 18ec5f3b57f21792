const scheduleData = [
    { id: 1, time: "07:30 - 09:00", title: "Registrations + Refreshments", description: "Get settled, grab your badges, and network over a cup of chai! ☕" },
    { id: 2, time: "09:00 - 09:15", title: "Opening Session", description: "Kickstarting the day with an introduction to the event and what’s in store! 🎤" },
    { id: 3, time: "09:15 - 10:45", title: "Session 1: Venkat Subramaniam", description: "Using AI to create Functional Style Code" },
    { id: 4, time: "10:50 - 11:45", title: "Session 2: Vaibhav Chaudhary", description: "Run Java Application Like Never Before" },
    { id: 5, time: "11:45 - 01:00", title: "Lunch Break", description: "Refuel and connect with fellow Java enthusiasts!" },
    { id: 6, time: "01:00 - 01:55", title: "Session 3: Jigar Shah", description: "Craft Context Aware AI Application using Spring Boot - A Deep Dive into LangChain4j and Vector Search" },
    { id: 7, time: "02:00 - 02:55", title: "Session 4: Dhaval Shah", description: "Chaos Engineering – A Primer with Working Demo" }
];

export default scheduleData;

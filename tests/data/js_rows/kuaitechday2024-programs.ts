const scheduleData = [
  {
    time: '10:00 - 10:10',
    program: '개회사',
    presenter: '한정현 사업단장',
    affiliation: '고려대 컴퓨터학과',
    chair: '김현우 교수님',
    location: '강당 (B112호)'
  },
  {
    time: '10:10 - 10:40',
    program: 'AI Research in the Era of Large Language Models (LLMs)',
    presenter: '윤상두 소장',
    affiliation: '네이버 클라우드',
    chair: '',
    location: '강당 (B112호)'
  },
  {
    time: '10:40 - 11:00',
    program: '거대언어모델 기반 신약개발 코파일럿',
    presenter: '강재우 교수',
    affiliation: '고려대 컴퓨터학과',
    chair: '',
    location: '강당 (B112호)'
  },
  {
    time: '11:00 - 11:10',
    program: 'Break (전시실 및 아뜨리움)',
    presenter: '',
    affiliation: '',
    chair: '',
    location: ''
  },
  {
    time: '11:10 - 11:40',
    program: 'AI를 통해 만들어가는 더 나은 세상',
    presenter: '임우형 상무',
    affiliation: 'LG AI Research',
    chair: '오학주 교수님',
    location: '강당 (B112호)'
  },
  {
    time: '11:40 - 12:00',
    program: 'Multi-modal Foundation Models for Video QA and KGQA',
    presenter: '김현우 교수',
    affiliation: '고려대 컴퓨터학과',
    chair: '',
    location: '강당 (B112호)'
  },
  {
    time: '12:00 - 12:20',
    program: 'Stealing Neural Network Architecture Through SW-Based Side-Channel',
    presenter: '허준범 교수',
    affiliation: '고려대 컴퓨터학과',
    chair: '',
    location: '강당 (B112호)'
  },
  {
    time: '12:20 - 13:30',
    program: '점심 (애기능생활관) 및 포스터 세션 (전시실 및 아뜨리움)',
    presenter: '',
    affiliation: '',
    chair: '',
    location: '애기능생활관'
  },
  {
    time: '13:30 - 13:50',
    program: 'ICT명품인재양성사업단 - 산학협력',
    presenter: '한정현 사업단장',
    affiliation: '고려대 컴퓨터학과',
    chair: '김승룡 교수님',
    location: '강당 (B112호)'
  },
  {
    time: '13:50 - 14:20',
    program: 'SKT A.X LLM',
    presenter: '김지원 부사장',
    affiliation: 'SKT',
    chair: '',
    location: '강당 (B112호)'
  },
  {
    time: '14:20 - 14:30',
    program: 'Break (전시실 및 아뜨리움)',
    presenter: '',
    affiliation: '',
    chair: '',
    location: ''
  },
  {
    time: '14:30 - 15:00',
    program: 'AI & Security in Samsung SDS',
    presenter: '조지훈 마스터',
    affiliation: '삼성SDS',
    chair: '정원기 교수님',
    location: '강당 (B112호)'
  },
  {
    time: '15:00 - 15:20',
    program: 'AI-driven Software Analysis',
    presenter: '오학주 교수',
    affiliation: '고려대 컴퓨터학과',
    chair: '',
    location: '강당 (B112호)'
  },
  {
    time: '15:20 - 15:40',
    program: 'Coffee Break 및 포스터 세션 (전시실 및 아뜨리움)',
    presenter: '',
    affiliation: '',
    chair: '',
    location: '전시실 및 아뜨리움'
  },
  {
    time: '15:40 - 16:10',
    program: '국방 인공지능 동향과 사례 / AI & Data in Hanwha Systems',
    presenter: '하윤철 상무 / 김유신 상무',
    affiliation: '한화시스템',
    chair: '백승준 교수님',
    location: '강당 (B112호)'
  },
  {
    time: '16:10 - 16:30',
    program: 'Recent Advances in Biomedical AI',
    presenter: '정원기 교수',
    affiliation: '고려대 컴퓨터학과',
    chair: '',
    location: '강당 (B112호)'
  },
  {
    time: '16:30 - 16:50',
    program: 'NeRF Under Extreme Conditions',
    presenter: '김승룡 교수',
    affiliation: '고려대 컴퓨터학과',
    chair: '',
    location: '강당 (B112호)'
  },
  {
    time: '16:50 - 17:00',
    program: 'Break (전시실 및 아뜨리움)',
    presenter: '',
    affiliation: '',
    chair: '',
    location: ''
  },
  {
    time: '17:00 - 17:30',
    program: 'A New Era of Generative AI',
    presenter: '노병석 리더',
    affiliation: '카카오브레인',
    chair: '김진규 교수님',
    location: '강당 (B112호)'
  },
  {
    time: '17:30 - 17:50',
    program: 'Let AI Make the Most of Your Data for Dental Healthcare',
    presenter: '백승준 교수',
    affiliation: '고려대 컴퓨터학과',
    chair: '',
    location: '강당 (B112호)'
  },
  {
    time: '17:50 - 18:10',
    program: 'Towards Intelligent, Rational, Safe, Mobile Agents',
    presenter: '김진규 교수',
    affiliation: '고려대 컴퓨터학과',
    chair: '',
    location: '강당 (B112호)'
  },
  {
    time: '18:10 - 18:20',
    program: '포스터/데모 시상 및 폐회사',
    presenter: '한정현 사업단장',
    affiliation: '고려대 컴퓨터학과',
    chair: '',
    location: '강당 (B112호)'
  }
]

export default scheduleData
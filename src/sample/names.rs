//! Name, place and code pools for the synthetic estate: forenames and surnames
//! by heritage (weighted so that common surnames recur, as they do in a real
//! caseload and as term-frequency adjustment expects), nicknames,
//! transliteration variants, towns with their real outward postcodes, and
//! street names. Everything is `'static` so the generator allocates only for
//! the strings it writes.

use rand::Rng;

/// A heritage group: which name pools a family draws from and which DfE
/// ethnicity codes its members are usually recorded with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heritage {
    English,
    Irish,
    Scottish,
    Welsh,
    Pakistani,
    Bangladeshi,
    Indian,
    Polish,
    Romanian,
    Lithuanian,
    Somali,
    Caribbean,
    Chinese,
    Traveller,
}

/// Share of families by heritage (per thousand), loosely a Lincolnshire
/// caseload: mostly White British, a large Eastern European population in
/// Boston and Spalding, smaller South Asian, Black and Chinese groups.
pub const HERITAGE_WEIGHTS: &[(Heritage, u32)] = &[
    (Heritage::English, 640),
    (Heritage::Irish, 25),
    (Heritage::Scottish, 30),
    (Heritage::Welsh, 20),
    (Heritage::Pakistani, 30),
    (Heritage::Bangladeshi, 12),
    (Heritage::Indian, 15),
    (Heritage::Polish, 80),
    (Heritage::Romanian, 40),
    (Heritage::Lithuanian, 30),
    (Heritage::Somali, 15),
    (Heritage::Caribbean, 25),
    (Heritage::Chinese, 8),
    (Heritage::Traveller, 30),
];

pub fn pick_heritage<R: Rng>(rng: &mut R) -> Heritage {
    pick_weighted(rng, HERITAGE_WEIGHTS)
}

/// Draw from a `(value, weight)` table.
pub fn pick_weighted<R: Rng, T: Copy>(rng: &mut R, table: &[(T, u32)]) -> T {
    let total: u32 = table.iter().map(|(_, w)| w).sum();
    let mut n = rng.gen_range(0..total);
    for &(v, w) in table {
        if n < w {
            return v;
        }
        n -= w;
    }
    table[table.len() - 1].0
}

/// Uniform pick from a slice.
pub fn pick<'a, R: Rng, T>(rng: &mut R, items: &'a [T]) -> &'a T {
    &items[rng.gen_range(0..items.len())]
}

/// A name drawn with a Zipf-like weight: earlier entries are commoner, so
/// "Smith" recurs far more than "Fairbrother".
pub fn pick_zipf<R: Rng>(rng: &mut R, items: &[&'static str]) -> &'static str {
    // Inverse of a harmonic-ish CDF: squaring a uniform skews toward index 0.
    let u: f64 = rng.gen();
    let i = ((u * u * u) * items.len() as f64) as usize;
    items[i.min(items.len() - 1)]
}

impl Heritage {
    /// The DfE ethnicity code a member of this group is usually recorded with.
    pub fn ethnicity(self) -> &'static str {
        match self {
            Heritage::English | Heritage::Scottish | Heritage::Welsh => "WBRI",
            Heritage::Irish => "WIRI",
            Heritage::Traveller => "WIRT",
            Heritage::Polish | Heritage::Lithuanian => "WOTH",
            Heritage::Romanian => "WOTH",
            Heritage::Pakistani => "APKN",
            Heritage::Bangladeshi => "ABAN",
            Heritage::Indian => "AIND",
            Heritage::Somali => "BAFR",
            Heritage::Caribbean => "BCRB",
            Heritage::Chinese => "CHNE",
        }
    }

    pub fn surnames(self) -> &'static [&'static str] {
        match self {
            Heritage::English => ENGLISH_SURNAMES,
            Heritage::Irish | Heritage::Traveller => IRISH_SURNAMES,
            Heritage::Scottish => SCOTTISH_SURNAMES,
            Heritage::Welsh => WELSH_SURNAMES,
            Heritage::Pakistani | Heritage::Bangladeshi => MUSLIM_SOUTH_ASIAN_SURNAMES,
            Heritage::Indian => INDIAN_SURNAMES,
            Heritage::Polish => POLISH_SURNAMES,
            Heritage::Romanian => ROMANIAN_SURNAMES,
            Heritage::Lithuanian => LITHUANIAN_SURNAMES,
            Heritage::Somali => SOMALI_SURNAMES,
            Heritage::Caribbean => ENGLISH_SURNAMES,
            Heritage::Chinese => CHINESE_SURNAMES,
        }
    }

    /// Forenames for a person of this heritage; `young` selects the names
    /// given to children born in the last twenty years.
    pub fn forenames(self, female: bool, young: bool) -> &'static [&'static str] {
        use Heritage::*;
        match (self, female, young) {
            (English | Scottish | Welsh | Caribbean | Traveller, true, true) => GIRLS_UK,
            (English | Scottish | Welsh | Caribbean | Traveller, false, true) => BOYS_UK,
            (English | Caribbean | Traveller, true, false) => WOMEN_UK,
            (English | Caribbean | Traveller, false, false) => MEN_UK,
            (Scottish, true, false) => WOMEN_SCOTTISH,
            (Scottish, false, false) => MEN_SCOTTISH,
            (Welsh, true, false) => WOMEN_WELSH,
            (Welsh, false, false) => MEN_WELSH,
            (Irish, true, _) => WOMEN_IRISH,
            (Irish, false, _) => MEN_IRISH,
            (Pakistani | Bangladeshi | Somali, true, _) => WOMEN_MUSLIM,
            (Pakistani | Bangladeshi | Somali, false, _) => MEN_MUSLIM,
            (Indian, true, _) => WOMEN_INDIAN,
            (Indian, false, _) => MEN_INDIAN,
            (Polish, true, _) => WOMEN_POLISH,
            (Polish, false, _) => MEN_POLISH,
            (Romanian, true, _) => WOMEN_ROMANIAN,
            (Romanian, false, _) => MEN_ROMANIAN,
            (Lithuanian, true, _) => WOMEN_LITHUANIAN,
            (Lithuanian, false, _) => MEN_LITHUANIAN,
            (Chinese, true, _) => WOMEN_CHINESE,
            (Chinese, false, _) => MEN_CHINESE,
        }
    }
}

// Surnames: commonest first (pick_zipf favours the head of each list).
pub const ENGLISH_SURNAMES: &[&str] = &[
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Patel",
    "Harrison",
    "Turner",
    "Hill",
    "Cooper",
    "Ward",
    "Moore",
    "King",
    "Baker",
    "Lee",
    "Harris",
    "Martin",
    "Clark",
    "Allen",
    "Mitchell",
    "Parker",
    "Morris",
    "Bell",
    "Watson",
    "Cook",
    "Bennett",
    "Shaw",
    "Marshall",
    "Chapman",
    "Atkinson",
    "Dixon",
    "Webb",
    "Holmes",
    "Fox",
    "Storr",
    "Winter",
    "Cartwright",
    "Fairbrother",
    "Pickering",
    "Dunmore",
    "Thorpe",
    "Quickfall",
    "Brackenbury",
    "Odling",
    "Skipworth",
    "Tennyson",
    "Rippon",
    "Waterfall",
    "Goodacre",
    "Bratley",
    "Ingamells",
];
pub const IRISH_SURNAMES: &[&str] = &[
    "Murphy",
    "Kelly",
    "O'Brien",
    "Byrne",
    "Ryan",
    "O'Connor",
    "O'Neill",
    "Doyle",
    "McCarthy",
    "Gallagher",
    "Quinn",
    "McDonagh",
    "Ward",
    "Connors",
    "O'Sullivan",
    "Brennan",
    "Kavanagh",
    "Maguire",
    "Joyce",
    "Lynch",
];
pub const SCOTTISH_SURNAMES: &[&str] = &[
    "Campbell",
    "MacDonald",
    "Stewart",
    "Robertson",
    "Thomson",
    "Anderson",
    "Scott",
    "Murray",
    "Reid",
    "McKenzie",
    "Fraser",
    "Grant",
    "Ross",
    "McLean",
    "Sinclair",
    "Cameron",
];
pub const WELSH_SURNAMES: &[&str] = &[
    "Jones",
    "Williams",
    "Davies",
    "Evans",
    "Thomas",
    "Roberts",
    "Hughes",
    "Lewis",
    "Morgan",
    "Griffiths",
    "Owen",
    "Price",
    "Pritchard",
    "Llewellyn",
    "Vaughan",
    "Rhys",
];
pub const MUSLIM_SOUTH_ASIAN_SURNAMES: &[&str] = &[
    "Khan", "Hussain", "Ali", "Ahmed", "Begum", "Akhtar", "Iqbal", "Rahman", "Mahmood", "Miah",
    "Uddin", "Islam", "Butt", "Chaudhry", "Rashid", "Hussein", "Malik", "Qureshi",
];
pub const INDIAN_SURNAMES: &[&str] = &[
    "Patel", "Singh", "Kaur", "Sharma", "Gill", "Mistry", "Shah", "Kumar", "Sandhu", "Chauhan",
    "Parmar", "Lal",
];
pub const POLISH_SURNAMES: &[&str] = &[
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kowalczyk",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
    "Woźniak",
    "Dąbrowski",
    "Kozłowski",
    "Mazur",
    "Krawczyk",
    "Jankowski",
    "Wojciechowski",
];
pub const ROMANIAN_SURNAMES: &[&str] = &[
    "Popescu",
    "Ionescu",
    "Popa",
    "Dumitru",
    "Stan",
    "Stoica",
    "Gheorghe",
    "Rusu",
    "Munteanu",
    "Matei",
    "Constantin",
    "Lungu",
    "Marin",
    "Ciobanu",
];
pub const LITHUANIAN_SURNAMES: &[&str] = &[
    "Kazlauskas",
    "Jankauskas",
    "Petrauskas",
    "Stankevičius",
    "Vasiliauskas",
    "Žukauskas",
    "Butkus",
    "Paulauskas",
    "Urbonas",
    "Kavaliauskas",
];
pub const SOMALI_SURNAMES: &[&str] = &[
    "Mohamed", "Ali", "Hassan", "Abdi", "Ahmed", "Omar", "Farah", "Warsame", "Yusuf", "Hersi",
    "Osman", "Ibrahim", "Jama", "Nur",
];
pub const CHINESE_SURNAMES: &[&str] = &[
    "Wang", "Li", "Zhang", "Chen", "Liu", "Wong", "Lam", "Cheung", "Ng", "Yang",
];

pub const GIRLS_UK: &[&str] = &[
    "Olivia",
    "Amelia",
    "Isla",
    "Ava",
    "Mia",
    "Ivy",
    "Lily",
    "Isabella",
    "Sophia",
    "Grace",
    "Freya",
    "Florence",
    "Willow",
    "Evie",
    "Poppy",
    "Ella",
    "Charlotte",
    "Emily",
    "Jessica",
    "Ruby",
    "Chloé",
    "Zoë",
    "Eleanor",
    "Abigail",
    "Harper",
    "Maisie",
    "Lacey",
    "Summer",
    "Paige",
    "Courtney",
    "Megan",
    "Chloe",
    "Holly",
    "Katie",
    "Rebecca",
    "Elizabeth",
    "Catherine",
    "Victoria",
    "Phoebe",
    "Daisy",
];
pub const BOYS_UK: &[&str] = &[
    "Oliver",
    "George",
    "Noah",
    "Arthur",
    "Leo",
    "Harry",
    "Oscar",
    "Theodore",
    "Henry",
    "Jack",
    "Charlie",
    "Freddie",
    "Alfie",
    "Thomas",
    "William",
    "Jacob",
    "Alexander",
    "Joshua",
    "Samuel",
    "Daniel",
    "Riley",
    "Mason",
    "Kai",
    "Tyler",
    "Callum",
    "Jayden",
    "Bradley",
    "Liam",
    "Ethan",
    "Lewis",
    "Benjamin",
    "James",
    "Joseph",
    "Matthew",
    "Nathan",
    "Kieran",
];
pub const WOMEN_UK: &[&str] = &[
    "Sarah",
    "Emma",
    "Laura",
    "Rebecca",
    "Gemma",
    "Hayley",
    "Kelly",
    "Stacey",
    "Lisa",
    "Amy",
    "Jennifer",
    "Samantha",
    "Nicola",
    "Claire",
    "Katherine",
    "Catherine",
    "Elizabeth",
    "Victoria",
    "Rachel",
    "Leanne",
    "Danielle",
    "Michelle",
    "Kerry",
    "Jade",
    "Zoë",
    "Chloé",
    "Deborah",
    "Margaret",
    "Joanne",
    "Kirsty",
];
pub const MEN_UK: &[&str] = &[
    "David",
    "Daniel",
    "James",
    "Michael",
    "Christopher",
    "Matthew",
    "Andrew",
    "Paul",
    "Mark",
    "Richard",
    "Robert",
    "William",
    "Thomas",
    "Jonathan",
    "Stephen",
    "Anthony",
    "Lee",
    "Craig",
    "Wayne",
    "Darren",
    "Jamie",
    "Ryan",
    "Ashley",
    "Dean",
    "Carl",
    "Gary",
    "Nicholas",
    "Benjamin",
    "Alexander",
    "Edward",
];
pub const WOMEN_SCOTTISH: &[&str] = &[
    "Fiona",
    "Morag",
    "Kirsty",
    "Ailsa",
    "Eilidh",
    "Mhairi",
    "Catriona",
    "Shona",
    "Iona",
    "Lorna",
    "Elizabeth",
    "Catherine",
];
pub const MEN_SCOTTISH: &[&str] = &[
    "Callum",
    "Euan",
    "Fraser",
    "Hamish",
    "Angus",
    "Ross",
    "Alasdair",
    "Duncan",
    "Gregor",
    "Robert",
    "William",
    "Alexander",
];
pub const WOMEN_WELSH: &[&str] = &[
    "Cerys", "Ffion", "Bethan", "Megan", "Carys", "Rhiannon", "Seren", "Nia", "Sian", "Catrin",
];
pub const MEN_WELSH: &[&str] = &[
    "Rhys", "Dafydd", "Gareth", "Owain", "Gethin", "Iwan", "Dylan", "Aled", "Huw", "Emyr",
];
pub const WOMEN_IRISH: &[&str] = &[
    "Siobhán",
    "Aoife",
    "Niamh",
    "Ciara",
    "Sinéad",
    "Róisín",
    "Bridget",
    "Mary",
    "Kathleen",
    "Caitlin",
    "Orla",
    "Saoirse",
    "Margaret",
    "Catherine",
];
pub const MEN_IRISH: &[&str] = &[
    "Patrick", "Seán", "Michael", "John", "Ciarán", "Declan", "Eoin", "Padraig", "Martin",
    "Thomas", "Liam", "Cian", "William",
];
pub const WOMEN_MUSLIM: &[&str] = &[
    "Aisha", "Fatima", "Zainab", "Maryam", "Amina", "Hafsa", "Khadija", "Sana", "Nadia", "Samira",
    "Hodan", "Fartun", "Ayan", "Safiya", "Ruqayyah", "Inaya",
];
pub const MEN_MUSLIM: &[&str] = &[
    "Mohammed",
    "Muhammad",
    "Ahmed",
    "Yusuf",
    "Ibrahim",
    "Abdullah",
    "Omar",
    "Ali",
    "Hassan",
    "Bilal",
    "Imran",
    "Zayn",
    "Mustafa",
    "Abdirahman",
    "Usman",
    "Idris",
];
pub const WOMEN_INDIAN: &[&str] = &[
    "Priya", "Anjali", "Kiran", "Simran", "Harpreet", "Pooja", "Divya", "Meera", "Aisha", "Jasleen",
];
pub const MEN_INDIAN: &[&str] = &[
    "Arjun", "Rahul", "Harjit", "Gurpreet", "Vikram", "Sanjay", "Ravi", "Amit", "Jaspal", "Rohan",
];
pub const WOMEN_POLISH: &[&str] = &[
    "Katarzyna",
    "Agnieszka",
    "Magdalena",
    "Małgorzata",
    "Anna",
    "Zuzanna",
    "Julia",
    "Natalia",
    "Joanna",
    "Aleksandra",
    "Maja",
    "Zofia",
];
pub const MEN_POLISH: &[&str] = &[
    "Piotr",
    "Krzysztof",
    "Tomasz",
    "Paweł",
    "Jakub",
    "Michał",
    "Kacper",
    "Szymon",
    "Łukasz",
    "Marcin",
    "Aleksander",
    "Filip",
];
pub const WOMEN_ROMANIAN: &[&str] = &[
    "Maria",
    "Elena",
    "Ioana",
    "Andreea",
    "Alexandra",
    "Mihaela",
    "Ana",
    "Daria",
    "Bianca",
    "Gabriela",
];
pub const MEN_ROMANIAN: &[&str] = &[
    "Andrei",
    "Alexandru",
    "Ion",
    "Mihai",
    "Gabriel",
    "Ștefan",
    "Florin",
    "Cristian",
    "Vlad",
    "Darius",
    "José",
];
pub const WOMEN_LITHUANIAN: &[&str] = &[
    "Rūta", "Jurgita", "Ieva", "Gabija", "Austėja", "Kristina", "Laura", "Emilija",
];
pub const MEN_LITHUANIAN: &[&str] = &[
    "Tomas",
    "Mantas",
    "Lukas",
    "Jonas",
    "Darius",
    "Mindaugas",
    "Matas",
    "Domantas",
];
pub const WOMEN_CHINESE: &[&str] = &["Mei", "Li Na", "Xiu", "Ying", "Jing", "Hui", "Wen"];
pub const MEN_CHINESE: &[&str] = &["Wei", "Jun", "Hao", "Ming", "Jian", "Lei", "Chen"];

pub const MIDDLE_NAMES_F: &[&str] = &["Rose", "Mae", "Louise", "Jane", "Grace", "Marie", "Anne"];
pub const MIDDLE_NAMES_M: &[&str] = &["James", "John", "Lee", "Michael", "Thomas", "David"];

/// Formal name → what it is also recorded as. Matched case-sensitively on
/// the pool spellings above.
pub const NICKNAMES: &[(&str, &[&str])] = &[
    ("William", &["Bill", "Will", "Billy"]),
    ("Catherine", &["Kate", "Cathy"]),
    ("Katherine", &["Kate", "Katie"]),
    ("Alexander", &["Alex", "Sandy"]),
    ("Alexandra", &["Alex"]),
    ("Elizabeth", &["Liz", "Beth", "Lizzie"]),
    ("Robert", &["Rob", "Bob", "Robbie"]),
    ("Thomas", &["Tom", "Tommy"]),
    ("James", &["Jim", "Jimmy"]),
    ("Jonathan", &["Jon", "Jonny"]),
    ("Samantha", &["Sam", "Sammy"]),
    ("Samuel", &["Sam", "Sammy"]),
    ("Rebecca", &["Becky", "Becca"]),
    ("Jennifer", &["Jenny", "Jen"]),
    ("Michael", &["Mike", "Mick"]),
    ("Christopher", &["Chris"]),
    ("Daniel", &["Dan", "Danny"]),
    ("Joseph", &["Joe", "Joey"]),
    ("Matthew", &["Matt"]),
    ("Nicholas", &["Nick"]),
    ("Nicola", &["Nicky"]),
    ("Victoria", &["Vicky", "Tori"]),
    ("Margaret", &["Maggie", "Peggy"]),
    ("Deborah", &["Debbie", "Debs"]),
    ("Jessica", &["Jess"]),
    ("Abigail", &["Abbie", "Abby"]),
    ("Charlotte", &["Charlie", "Lottie"]),
    ("Oliver", &["Ollie"]),
    ("Benjamin", &["Ben"]),
    ("Anthony", &["Tony"]),
    ("Stephen", &["Steve"]),
    ("Richard", &["Rich", "Ricky"]),
    ("Edward", &["Ed", "Eddie", "Ted"]),
    ("Henry", &["Harry"]),
    ("Isabella", &["Bella", "Izzy"]),
    ("Eleanor", &["Ellie", "Nell"]),
    ("Florence", &["Flo"]),
    ("Theodore", &["Theo", "Teddy"]),
    ("Frederick", &["Fred"]),
    ("Joshua", &["Josh"]),
    ("Patrick", &["Paddy", "Pat"]),
    ("Bridget", &["Bridie"]),
    ("Kathleen", &["Kath"]),
    ("Małgorzata", &["Gosia"]),
    ("Katarzyna", &["Kasia"]),
    ("Aleksandra", &["Ola"]),
    ("Aleksander", &["Olek"]),
    ("Zuzanna", &["Zuzia"]),
];

/// Names that are spelt several ways in English records: transliterations
/// from Arabic and Somali, and accents dropped by systems that cannot store
/// them.
pub const VARIANTS: &[&[&str]] = &[
    &["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad"],
    &["Yusuf", "Yousef", "Yusef", "Yousuf"],
    &["Ahmed", "Ahmad", "Ahmet"],
    &["Aisha", "Ayesha", "Aysha"],
    &["Fatima", "Fatimah", "Fatma"],
    &["Ibrahim", "Ebrahim"],
    &["Abdullah", "Abdulla"],
    &["Mustafa", "Mostafa", "Mustapha"],
    &["Zainab", "Zaynab", "Zeinab"],
    &["Usman", "Osman", "Uthman"],
    &["Hussain", "Hussein", "Husain"],
    &["Maryam", "Mariam", "Miriam"],
    &["Khadija", "Khadijah", "Kadija"],
    &["Abdi", "Abdiy"],
    &["Siobhán", "Siobhan"],
    &["Seán", "Sean", "Shaun"],
    &["Zoë", "Zoe"],
    &["Chloé", "Chloe"],
    &["José", "Jose"],
    &["Sinéad", "Sinead"],
    &["Róisín", "Roisin"],
    &["Ciarán", "Ciaran"],
    &["Ștefan", "Stefan", "Stephan"],
    &["Wiśniewski", "Wisniewski"],
    &["Woźniak", "Wozniak"],
    &["Dąbrowski", "Dabrowski"],
    &["Kozłowski", "Kozlowski"],
    &["Kamiński", "Kaminski"],
    &["Zieliński", "Zielinski"],
    &["Szymański", "Szymanski"],
    &["Paweł", "Pawel"],
    &["Michał", "Michal"],
    &["Łukasz", "Lukasz"],
    &["Stankevičius", "Stankevicius"],
    &["Žukauskas", "Zukauskas"],
    &["Rūta", "Ruta"],
    &["Austėja", "Austeja"],
];

/// Another spelling of `name`, when it has one.
pub fn variant_of<R: Rng>(rng: &mut R, name: &str) -> Option<&'static str> {
    let group = VARIANTS.iter().find(|g| g.contains(&name))?;
    let others: Vec<&'static str> = group.iter().copied().filter(|v| *v != name).collect();
    Some(*pick(rng, &others))
}

pub fn nickname_of<R: Rng>(rng: &mut R, name: &str) -> Option<&'static str> {
    let (_, nicks) = NICKNAMES.iter().find(|(n, _)| *n == name)?;
    Some(*pick(rng, nicks))
}

/// A town and the outward codes that really serve it.
pub struct Town {
    pub name: &'static str,
    pub outward: &'static [&'static str],
    pub weight: u32,
}

pub const TOWNS: &[Town] = &[
    Town {
        name: "Lincoln",
        outward: &["LN1", "LN2", "LN5", "LN6"],
        weight: 30,
    },
    Town {
        name: "North Hykeham",
        outward: &["LN6"],
        weight: 4,
    },
    Town {
        name: "Grantham",
        outward: &["NG31"],
        weight: 12,
    },
    Town {
        name: "Boston",
        outward: &["PE21"],
        weight: 12,
    },
    Town {
        name: "Skegness",
        outward: &["PE25"],
        weight: 8,
    },
    Town {
        name: "Gainsborough",
        outward: &["DN21"],
        weight: 8,
    },
    Town {
        name: "Spalding",
        outward: &["PE11", "PE12"],
        weight: 9,
    },
    Town {
        name: "Sleaford",
        outward: &["NG34"],
        weight: 6,
    },
    Town {
        name: "Louth",
        outward: &["LN11"],
        weight: 4,
    },
    Town {
        name: "Stamford",
        outward: &["PE9"],
        weight: 4,
    },
    Town {
        name: "Mablethorpe",
        outward: &["LN12"],
        weight: 3,
    },
    Town {
        name: "Market Rasen",
        outward: &["LN8"],
        weight: 2,
    },
];

pub const STREETS: &[&str] = &[
    "High Street",
    "Newland",
    "Monks Road",
    "Carholme Road",
    "Burton Road",
    "Yarborough Road",
    "St Catherines",
    "Sincil Bank",
    "Ripon Street",
    "Tritton Road",
    "Westgate",
    "Bailgate",
    "London Road",
    "Church Lane",
    "Station Road",
    "Victoria Street",
    "Albert Street",
    "Queen Street",
    "King Street",
    "Manor Road",
    "Park Avenue",
    "Mill Lane",
    "The Green",
    "Willow Close",
    "Oak Drive",
    "Beech Avenue",
    "Chestnut Way",
    "Elm Grove",
    "Ash Close",
    "Wide Bargate",
    "Skirbeck Road",
    "Fydell Street",
    "Lumley Road",
    "Drummond Road",
    "Trinity Street",
    "Spital Terrace",
    "Harlaxton Road",
    "Pinchbeck Road",
    "Winsover Road",
    "Southgate",
    "Eastgate",
    "Northgate",
    "Castle Street",
    "Priory Road",
    "Abbey Road",
    "Brayford Way",
    "Wragby Road",
    "Nettleham Road",
    "Ermine Close",
    "Lindum Road",
    "Morton Terrace",
    "Trent Street",
    "Sandsfield Lane",
    "Louth Road",
    "Grimsby Road",
    "Lancaster Drive",
    "Wellington Road",
    "Nelson Street",
    "Grafton Street",
    "Coronation Road",
];

/// Letters Royal Mail allows in the last two places of an inward code.
pub const INWARD_LETTERS: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";

pub const TITLES_F: &[&str] = &["Mrs", "Miss", "Ms"];
pub const TITLES_M: &[&str] = &["Mr"];

/// Local authority numbers that appear in UPNs: mostly Lincolnshire, with
/// pupils who arrived from neighbouring authorities.
pub const LA_CODES: &[(&str, u32)] = &[
    ("925", 88),
    ("926", 2),
    ("891", 3),
    ("892", 2),
    ("812", 2),
    ("813", 2),
    ("874", 1),
];

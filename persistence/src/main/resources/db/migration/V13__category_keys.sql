-- Built-in categories are stored by a key the same in every language ('eating-out'), shown in the reader's
-- language (decision 26). Rows holding a built-in's English name, or a name a person typed that equals a
-- built-in's name in English or Russian, now hold its key; other made-up categories stay as typed. Changed
-- transactions get a new version and are marked stale, so the loader's timer rewrites them in ClickHouse
-- (the newer version replaces the old row there, and their days' totals are added up again).
CREATE TEMPORARY TABLE built_in_category_names (name text PRIMARY KEY, key text NOT NULL) ON COMMIT DROP;
-- Each name as written and in lower case: lower() of Cyrillic depends on the database's collation.
INSERT INTO built_in_category_names (name, key) VALUES
    ('Salary', 'salary'), ('salary', 'salary'), ('Зарплата', 'salary'), ('зарплата', 'salary'),
    ('Other income', 'other-income'), ('other income', 'other-income'), ('Прочие доходы', 'other-income'), ('прочие доходы', 'other-income'),
    ('Groceries', 'groceries'), ('groceries', 'groceries'), ('Продукты', 'groceries'), ('продукты', 'groceries'),
    ('Eating out', 'eating-out'), ('eating out', 'eating-out'), ('Кафе и рестораны', 'eating-out'), ('кафе и рестораны', 'eating-out'),
    ('Transport', 'transport'), ('transport', 'transport'), ('Транспорт', 'transport'), ('транспорт', 'transport'),
    ('Travel', 'travel'), ('travel', 'travel'), ('Путешествия', 'travel'), ('путешествия', 'travel'),
    ('Subscriptions', 'subscriptions'), ('subscriptions', 'subscriptions'), ('Подписки', 'subscriptions'), ('подписки', 'subscriptions'),
    ('Shopping', 'shopping'), ('shopping', 'shopping'), ('Покупки', 'shopping'), ('покупки', 'shopping'),
    ('Utilities', 'utilities'), ('utilities', 'utilities'), ('Коммунальные услуги и связь', 'utilities'), ('коммунальные услуги и связь', 'utilities'),
    ('Rent and housing', 'rent-and-housing'), ('rent and housing', 'rent-and-housing'), ('Жильё', 'rent-and-housing'), ('жильё', 'rent-and-housing'),
    ('Health', 'health'), ('health', 'health'), ('Здоровье', 'health'), ('здоровье', 'health'),
    ('Personal care', 'personal-care'), ('personal care', 'personal-care'), ('Красота и уход', 'personal-care'), ('красота и уход', 'personal-care'),
    ('Entertainment', 'entertainment'), ('entertainment', 'entertainment'), ('Развлечения', 'entertainment'), ('развлечения', 'entertainment'),
    ('Education', 'education'), ('education', 'education'), ('Образование', 'education'), ('образование', 'education'),
    ('Insurance', 'insurance'), ('insurance', 'insurance'), ('Страхование', 'insurance'), ('страхование', 'insurance'),
    ('Gifts and charity', 'gifts-and-charity'), ('gifts and charity', 'gifts-and-charity'), ('Подарки и благотворительность', 'gifts-and-charity'), ('подарки и благотворительность', 'gifts-and-charity'),
    ('Taxes and government', 'taxes-and-government'), ('taxes and government', 'taxes-and-government'), ('Налоги и госуслуги', 'taxes-and-government'), ('налоги и госуслуги', 'taxes-and-government'),
    ('Cash', 'cash'), ('cash', 'cash'), ('Наличные', 'cash'), ('наличные', 'cash'),
    ('Fees and interest', 'fees-and-interest'), ('fees and interest', 'fees-and-interest'), ('Комиссии и проценты', 'fees-and-interest'), ('комиссии и проценты', 'fees-and-interest'),
    ('Transfers', 'transfers'), ('transfers', 'transfers'), ('Переводы', 'transfers'), ('переводы', 'transfers'),
    ('Uncategorised', 'uncategorised'), ('uncategorised', 'uncategorised'), ('Без категории', 'uncategorised'), ('без категории', 'uncategorised')
ON CONFLICT (name) DO NOTHING;

UPDATE transactions t
SET category = n.key, version = t.version + 1, analytics_stale = true
FROM built_in_category_names n
WHERE (t.category = n.name OR lower(t.category) = n.name) AND t.category <> n.key;

UPDATE rules r
SET category = n.key
FROM built_in_category_names n
WHERE (r.category = n.name OR lower(r.category) = n.name) AND r.category <> n.key;

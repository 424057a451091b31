import { tokenize, addUserWords } from './src/text/tokenize.js';
addUserWords(['钱塘区','拱墅区','社会消费品零售总额','规上工业增加值']);
console.log(tokenize('钱塘区2024年地区生产总值达1416亿元，增长5.1%。拱墅区社会消费品零售总额增长6%'));
console.log(tokenize('How many new national high-tech enterprises did Gongshu add in 2022? R&D经费'));

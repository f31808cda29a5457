/**
 * Family names that Korean, Chinese and Vietnamese names put first ("Bae Sungho", "Khoo Kay Peng"): a story
 * takes such a person up as "Mr Bae", by the first word, not the last (people.ts `familyNameFirst`).
 * Only common ones, romanised as English-language news writes them; a word here must not read as a
 * Western given name a story would title ("Mr Howard" is never "Howard Quill"), which is why the list is
 * closed rather than "any first word".
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set(
  (
    // Korean
    'Kim Lee Park Choi Chung Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Roh Nam Ban ' +
    // Chinese (mainland, Hong Kong, South-East Asia)
    'Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Yao Shen Zhong Cui Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Hou Xue Yan Duan Lei Mao Hao Gu Gong Shao Qian Wen Koh Ng Goh Khoo Teo Chua Ong Wong Chan Leung Cheung Lau Lai Yip Tse Chow Kwok Fung Tsang Hui Mok Tung Hsu Tsai ' +
    // Vietnamese
    'Nguyen Tran Pham Hoang Phan Vu Dang Bui Ngo Duong'
  ).split(' '),
);

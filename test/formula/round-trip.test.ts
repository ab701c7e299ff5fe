/**
 * Real-world formulas from commune and district plans parse and print back unchanged,
 * and printing then parsing again gives the same tree.
 */
import { parseFormula } from "../../src/domain/formula/parse";
import { printFormula } from "../../src/domain/formula/print";

const PHU_LUC_NFD = "Phụ lục 01".normalize("NFD");

/** Formulas Excel's `formulas` returns; each prints back exactly. */
const CANONICAL: readonly string[] = [
  "=SUM(D5:D9)",
  "=SUM(D5:D9)+E5",
  "=SUM(D5,D7,D9)",
  "=+D5+D6",
  "=D5+D6+D7",
  "=D6-E6-F6",
  "=E5+F5+G5",
  "=SUBTOTAL(9,D5:D20)",
  "=SUBTOTAL(109,D5:D20)",
  "=SUM(C:C)",
  "=SUM($C:$C)",
  "=SUM(C:E)",
  "=SUM(3:5)",
  "=SUM($3:$5)",
  "=SUM('Phụ lục 01'!$C$10:$C$10000)",
  "='Phụ lục 01'!C10",
  `='${PHU_LUC_NFD}'!C10`,
  `=SUM('${PHU_LUC_NFD}'!$D$5:$D$30)`,
  "=SUM('Biểu số 02'!D5:D9)",
  "='Biểu 03 - Chỉ tiêu'!E12",
  "=SUM('It''s'!A1)",
  "=ROUND(D5*0.3,0)",
  "=ROUND(D5*30%,2)",
  "=ROUNDDOWN(D5/3,0)",
  "=ROUNDUP(E7*1.15,-1)",
  "=IF(D5=0,0,E5/D5)",
  '=IF(D5="","",ROUND(E5/D5*100,2))',
  '=IF(AND(D5>0,E5>0),E5/D5,"")',
  '=IF(OR(D5="x",D5="X"),1,0)',
  "=IFERROR(E5/D5,0)",
  '=IF(D5>=E5,"Đạt","Không đạt")',
  "=IF(A1,,1)",
  '=IF(ISBLANK(D5),"",D5)',
  "=ROUND(IF(D5>0,D5*$B$2,0),0)",
  "=D5*1000",
  "=D5/1000000",
  "=-D5",
  "=-2^2",
  "=2^-2",
  "=D5%",
  "=50%*D5",
  '=D5&" triệu đồng"',
  '="Tổng cộng: "&TEXT(D5,"#,##0")',
  '="Nói ""không"" với đói nghèo"',
  '=""',
  "=#REF!",
  "=SUM(#REF!)",
  "='Phụ lục 01'!#REF!",
  "=#REF!A1",
  "=#N/A",
  "=IF(ISERROR(D5),#DIV/0!,D5)",
  "=IFERROR(VLOOKUP(B5,'Danh mục'!$A$2:$C$100,3,FALSE),\"\")",
  '=INDEX($C$5:$C$20,MATCH("Dự án 2",$B$5:$B$20,0))',
  "=SUM(D5:INDEX(D5:D20,COUNTA(B5:B20)))",
  "=SUM((D5:D9,F5:F9))",
  "=SUM(D5:F9 E7:E12)",
  "=SUM(Sheet1:Sheet3!D5)",
  "=SUM('Xã A:Xã C'!D5:D9)",
  "={1,2;3,4}",
  '=SUM({1,-2,3})+COUNTA({"a","b";TRUE,#N/A})',
  "=MAX(0,D5-E5)",
  "=MIN(D5:D9)",
  "=AVERAGE(D5:D9)",
  "=COUNT(D5:D9)",
  "=ABS(D5-SUM(E5:G5))",
  "=NOT(D5>0)",
  "=D5<>E5",
  "=D5<=E5",
  "=_xlfn.STDEV.S(D5:D9)",
  "=_xlfn.IFS(D5>0,1,TRUE,0)",
  "=_xlfn._xlws.SORT(B5:B20)",
  "=@D5:D9",
  "=SUM(Table1[Số tiền])",
  "=Table1[@[Kinh phí]]",
  "=[1]Sheet1!$A$1",
  "=SUM(DuAn1,DuAn2)",
  "=Sheet1!KinhPhi",
  "=AND(TRUE,FALSE)",
  "=1E+3",
  "=.5",
  "=SUM(D5:D9)-SUM(E5:E9)",
  '=SUMIF($B$5:$B$20,"Dự án*",D5:D20)',
  '=SUMPRODUCT((B5:B9="x")*(D5:D9))',
  "=TODAY()",
  "=D5*(1+E5)",
  "=((D5))",
  "=XFD1048576",
  "=$A$1+A$1+$A1",
];

describe("real-world formulas print back unchanged", () => {
  it("has a table of at least 60 formulas", () => {
    expect(CANONICAL.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CANONICAL.map((f) => [f]))("%s", (formula) => {
    const tree = parseFormula(formula);
    expect(printFormula(tree)).toBe(formula);
    expect(parseFormula(printFormula(tree))).toEqual(tree);
  });
});

it("prints back a long chain of additions", () => {
  const chain = `=${Array.from({ length: 900 }, (_, i) => `D${i + 5}`).join("+")}`;
  expect(printFormula(parseFormula(chain))).toBe(chain);
});

describe("formulas written differently print the way Excel shows them", () => {
  it.each([
    ["SUM(D5:D9)", "=SUM(D5:D9)"],
    ["=sum(d5:$d$9)", "=SUM(D5:$D$9)"],
    ["=SUM( D5 , D6 )", "=SUM(D5,D6)"],
    ["= D5 + D6", "=D5+D6"],
    ["=SUM(D5:D9)\n+E5", "=SUM(D5:D9)+E5"],
    ["='Sheet1'!A1", "=Sheet1!A1"],
    ["=Biểu02!A1", "='Biểu02'!A1"],
    ["='A1'!B2", "='A1'!B2"],
    ["=true", "=TRUE"],
    ["=#div/0!", "=#DIV/0!"],
  ])("%j prints %j", (input, printed) => {
    expect(printFormula(parseFormula(input))).toBe(printed);
  });
});

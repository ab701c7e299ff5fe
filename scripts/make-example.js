#!/usr/bin/env node
/**
 * Builds examples/ke-hoach-2025-xa-ba-dinh.xlsx: our standard sheets, written by the same
 * code as `kehoach new`, filled with seed 004's plan (xã Ba Dinh, Quảng Ngãi, 2025):
 * NSTW 871 triệu đồng (sự nghiệp) spread over its projects, NS tỉnh 87, NS xã 43, its
 * assignments and its targets. It runs the TypeScript sources directly (scripts/ts-register.js).
 * Usage: node scripts/make-example.js [OUT.xlsx]
 */
"use strict";
const { join } = require("node:path");
require("./ts-register");
const ExcelJS = require("exceljs");
const { loadProgramRegistry } = require("../src/adapters/node/load-programs");
const { insertTemplatesIntoWorkbook } = require("../src/adapters/xlsx/insert-templates");
const { writeWorkbookFile } = require("../src/adapters/xlsx/files");
const { parseRangeA1 } = require("../src/domain/address/cell-address");
const { TEMPLATE_IDS } = require("../src/domain/sheet-plan");
const { defaultSettings } = require("../src/domain/templates/default-settings");
const { planInsertion } = require("../src/domain/templates/plan-insertion");
const { markerName } = require("../src/domain/templates/column-keys");
const { readTableKeys } = require("../src/domain/templates/table-keys");

/** Seed 004's projects; amounts in triệu đồng: [SN (NSTW), NS tỉnh, NS xã, lead office]. */
const FUNDS = {
  DA2: [300, 30, 16, "Trung tâm cung ứng dịch vụ công"],
  "DA3.1": [250, 25, 12, "Trung tâm cung ứng dịch vụ công"],
  "DA3.2": [60, 6, 3, "Phòng Văn hóa - Xã hội"],
  "DA4.1": [80, 8, 4, "Phòng Văn hóa - Xã hội"],
  "DA4.3": [50, 5, 2, "Phòng Văn hóa - Xã hội"],
  "DA6.2": [31, 3, 1, "Trung tâm cung ứng dịch vụ công"],
  "DA7.1": [60, 6, 3, "Phòng Kinh tế"],
  "DA7.2": [40, 4, 2, "Phòng Kinh tế"],
};

/** Biểu 02: [hộ nghèo, hộ cận nghèo]; seed 004 ends at 5,57% poor (−264) and 0,59% near-poor (−185). */
const HOUSEHOLDS = {
  "tong-so-ho": [9480, null],
  "dau-nam": [792, 241],
  "dau-nam-dtts": [655, 198],
  thoat: [280, 200],
  tai: [6, 5],
  "phat-sinh": [10, 10],
};

/** Biểu 03 targets of seed 004 (fractions for %), with last year's figures where it gives none. */
const INDICATORS = {
  "vl-ket-noi": [1, 1],
  "vl-thanh-cong": [18, 20],
  "yt-bhyt": [1, 1],
  "gd-dung-tuoi": [0.88, 0.9],
  "gd-dao-tao": [0.18, 0.2],
  "nsh-nuoc": [0.95, 1],
  "nsh-nha-tieu": [0.55, 0.6],
  "tt-vien-thong": [0.8, 0.85],
  "tt-giam-ngheo": [0.8, 0.85],
  "ct-san-xuat": [0.75, 0.8],
  "ct-can-bo": [1, 1],
};

const LEGAL_BASES = [
  "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ về phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025",
  "Quyết định số 833/QĐ-UBND ngày 29/7/2022 của Chủ tịch UBND tỉnh phê duyệt Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững tỉnh Quảng Ngãi giai đoạn 2021-2025",
  "Kế hoạch số 186/KH-UBND ngày 17/9/2024 của UBND tỉnh về việc thực hiện chỉ tiêu giảm tỷ lệ nghèo đa chiều trên địa bàn tỉnh đến năm 2025",
  "Kế hoạch số 234/KH-UBND ngày 05/12/2024 của UBND tỉnh về thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn tỉnh Quảng Ngãi năm 2025",
];

const RECIPIENTS = [
  "Sở Nông nghiệp và Môi trường",
  "Thường trực Đảng ủy xã (báo cáo)",
  "Thường trực HĐND xã",
  "CT, các PCT UBND xã",
  "UBMTTQ Việt Nam xã",
  "Các tổ chức chính trị - xã hội xã",
  "Các cơ quan chuyên môn xã",
  "Văn phòng HĐND và UBND xã",
  "Lưu: VT, KT",
];

function ourSheet(workbook, templateId) {
  const ref = workbook.definedNames.getRanges(markerName(templateId)).ranges[0];
  const bang = ref.lastIndexOf("!");
  const sheet = workbook.getWorksheet(ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"));
  const marker = parseRangeA1(ref.slice(bang + 1));
  const keys = readTableKeys(marker, (r, c) => sheet.getCell(r, c).value, marker.end.row);
  const cell = (rowKey, colKey) => {
    const row = keys.rows.get(rowKey);
    const col = keys.columns.get(colKey);
    if (row === undefined || col === undefined)
      throw new Error(`${templateId}: no cell ${rowKey} × ${colKey}`);
    return sheet.getCell(row, col);
  };
  return { cell };
}

function fill(workbook) {
  const pl01 = ourSheet(workbook, "phu-luc-01");
  const pc = ourSheet(workbook, "phan-cong");
  for (const [code, [sn, tinh, xa, lead]] of Object.entries(FUNDS)) {
    pl01.cell(code, "sn").value = sn;
    pl01.cell(code, "ns-tinh").value = tinh;
    pl01.cell(code, "ns-xa").value = xa;
    pl01.cell(code, "chu-tri").value = lead;
    pc.cell(code, "chu-tri").value = lead;
    pc.cell(code, "phoi-hop").value = "Các cơ quan, đơn vị liên quan; UBND các thôn";
  }
  const b02 = ourSheet(workbook, "bieu-02");
  for (const [row, [poor, nearPoor]] of Object.entries(HOUSEHOLDS)) {
    b02.cell(row, "ho-ngheo").value = poor;
    if (nearPoor !== null) b02.cell(row, "ho-can-ngheo").value = nearPoor;
  }
  const b03 = ourSheet(workbook, "bieu-03");
  for (const [id, [previous, plan]] of Object.entries(INDICATORS)) {
    b03.cell(id, "thuc-hien-nam-truoc").value = previous;
    b03.cell(id, "ke-hoach").value = plan;
  }
}

async function main() {
  const out = process.argv[2] ?? join(__dirname, "..", "examples", "ke-hoach-2025-xa-ba-dinh.xlsx");
  const program = loadProgramRegistry().get("giam-ngheo-2021-2025");
  const settings = defaultSettings(program, {
    year: 2025,
    level: "xa",
    unitName: "xã Ba Dinh",
    province: "Quảng Ngãi",
    provinceGroup: "duoi-50",
    legalBases: LEGAL_BASES,
    recipients: RECIPIENTS,
  });
  const workbook = new ExcelJS.Workbook();
  insertTemplatesIntoWorkbook(workbook, { templates: TEMPLATE_IDS, program, settings }, planInsertion);
  fill(workbook);
  await writeWorkbookFile(workbook, out);
  process.stdout.write(`${out}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});

/**
 * Standing text of the merged program of 2026 - 2035 (nông thôn mới, giảm nghèo bền vững,
 * vùng đồng bào dân tộc thiểu số và miền núi). Its detailed contents are not yet known to
 * us, so each component states its aim in general words and refers its support to the
 * approving decision ({approval}) rather than inventing contents.
 */
import { MINISTRIES, PHRASES, PURPOSES, REQUIREMENTS, ROLES, TASKS } from "./common";
import type { StandingText } from "./types";

const RELATED = "Các tổ chức, cá nhân có liên quan.";
const BY_APPROVAL = "Các nội dung hỗ trợ của nội dung thành phần theo {approval} và hướng dẫn của cấp trên.";

export const NONG_THON_MOI_GIAM_NGHEO_DTTS_2026_2035: StandingText = {
  programId: "nong-thon-moi-giam-ngheo-dtts-2026-2035",
  shortTitle: "Kế hoạch nông thôn mới, giảm nghèo",
  approvalDocument: "qd417",
  counterpartDocument: null,
  povertyStandards: [
    { from: 2026, to: 2026, text: "chuẩn nghèo đa chiều giai đoạn 2022 - 2025" },
    {
      from: 2027,
      to: null,
      text: "chuẩn nghèo đa chiều quy định tại Nghị định số 351/2025/NĐ-CP của Chính phủ",
    },
  ],
  ministries: MINISTRIES,
  purposes: PURPOSES,
  requirements: REQUIREMENTS,
  generalObjective:
    "Xây dựng nông thôn mới, giảm nghèo đa chiều, bao trùm, bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; nâng cao đời sống vật chất, tinh thần của người dân, hạn chế tái nghèo và phát sinh nghèo trên địa bàn {unit}.",
  tasks: TASKS,
  standingOfficeProject: null,
  roles: ROLES,
  phrases: PHRASES,
  projects: {
    TP1: {
      objective:
        "Xây dựng nông thôn mới gắn với giảm nghèo đa chiều, bao trùm, bền vững; nâng cao đời sống vật chất, tinh thần của người dân trên địa bàn {unit}.",
      beneficiaries: [
        "Hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; người dân và cộng đồng dân cư trên địa bàn {unit}.",
        RELATED,
      ],
      support: [BY_APPROVAL],
    },
    TP2: {
      objective:
        "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, thu hẹp khoảng cách về mức sống, thu nhập giữa vùng đồng bào dân tộc thiểu số và miền núi với các vùng khác.",
      beneficiaries: [
        "Hộ gia đình, cá nhân người dân tộc thiểu số; hộ gia đình, cá nhân sinh sống ở vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn {unit}.",
        RELATED,
      ],
      support: [BY_APPROVAL],
    },
  },
  indicatorProjects: {},
};

// The codebook of the downloads: every field of corpus.json and every column of provisions.csv,
// described once here and rendered on /data/. Tests check the exports against it.
import type { PolicyDocument, Provision } from '../schemas/corpus.ts';

export interface FieldDoc<K extends string = string> {
  name: K;
  type: string;
  description: string;
}

export const documentFields: FieldDoc<keyof PolicyDocument | 'links'>[] = [
  { name: 'id', type: 'string', description: '文件标识（种子文件名，不含扩展名）。Document id: the seed file name without extension; stable.' },
  { name: 'title', type: 'string', description: '文件标题（去除排版造成的空格）。Title as printed, layout spaces removed.' },
  { name: 'jurisdiction', type: 'object', description: '地区：name 中文名、nameEn 英文名、province 省份、provinceEn、level（county | district | city | province | national）。' },
  { name: 'issuers', type: 'string[]', description: '发文机关（转发文件取最内层）。Issuing bodies; for a forwarded notice, those of the innermost notice.' },
  { name: 'docNumber', type: 'string | null', description: '文号，如 丘政办发〔2021〕104号。Document number where printed.' },
  { name: 'dates', type: 'object', description: 'issued 成文日期、printed 印发日期（YYYY-MM-DD，未印出则为 null）。' },
  { name: 'period', type: 'object | null', description: '规划期（年度目标的起止年份）。Years covered by yearly targets.' },
  { name: 'kind', type: 'string', description: '文件类型：task-list 任务清单 | plan 实施方案 | notice 通知。' },
  { name: 'structure', type: 'string', description: '识别出的版式：task-table | cell-table | numbered-plan | forwarding-chain | paragraphs（未识别，按段落）。' },
  { name: 'citedDocuments', type: 'object[]', description: '文中引用的全部文号（docNumber、title、line 行号）。Every …〔YYYY〕N号 cited, with the source line.' },
  { name: 'forwardingChain', type: 'object[]', description: '转发链，由外到内：issuers、docNumber、title、date、line。' },
  { name: 'abolishedDocuments', type: 'object[]', description: '附件所列宣布废止的文件：label、title、docNumber、line。' },
  { name: 'metadataText', type: 'object[]', description: '非条款的原文（标题、主送、落款、抄送等）：role、text、line。' },
  { name: 'artefacts', type: 'object[]', description: '未发布的排版残留及原因：kind、text、line、reason。' },
  { name: 'warnings', type: 'string[]', description: '导入警告。Ingest warnings.' },
  { name: 'source', type: 'object', description: '来源：path、sha256（原始字节的 SHA-256）、encoding、bytes、lineEnding。Provenance.' },
  { name: 'provisionCount', type: 'number', description: '条款数。Number of provisions.' },
  { name: 'links', type: 'object', description: '（仅 corpus.json）与其他文件的引用关系：outgoing 本文件引用、转发、废止的文号，incoming 引用本文件的语料内文件；各含 relation、docNumber、slug（/citations/ 锚点）、otherDocId、line、url。' },
]; 

export const provisionFields: FieldDoc<keyof Provision | 'agencies' | 'extractedTargets' | 'targetSeries' | 'similar' | 'sourceSha256'>[] = [
  { name: 'id', type: 'string', description: '条款标识：文件标识/条款自身编号（如 qiubei-2021/13）。只取决于本文件，增删其他文件不变。' },
  { name: 'docId', type: 'string', description: '所属文件标识。' },
  { name: 'url', type: 'string', description: '条款锚点的站内路径（不含站点前缀），如 /documents/qiubei-2021/#p-13；超长文件分页时含页码。' },
  { name: 'anchor', type: 'string', description: '文件页内锚点（URL 片段）：p-编号，编号中的点写作连字符（如 p-2-1-5）。' },
  { name: 'order', type: 'number', description: '在文件中的顺序（从 1 起）。' },
  { name: 'label', type: 'string', description: '原文编号，如 （十三）、43、5.。Number as printed.' },
  { name: 'headingPath', type: 'string[]', description: '所属章节标题，由外到内（CSV 中以 “ > ” 连接）。' },
  { name: 'text', type: 'string', description: '条款全文（仅规整空白、接合分页断句；不改动字符）。Full text as in the source.' },
  { name: 'leadAgencies', type: 'string[]', description: '牵头/责任单位（按原文；CSV 中以 “；” 连接）。' },
  { name: 'partnerAgencies', type: 'string[]', description: '配合单位（按原文）。' },
  { name: 'agencyNote', type: 'string | null', description: '原文中的责任单位注记或单元格，如 （责任单位：县卫健局、医保局）。' },
  { name: 'deadline', type: 'string | null', description: '完成时限（按原文）。' },
  { name: 'targets', type: 'object[]', description: '年度目标：year（原表合并单元格时为 null，不推测年份）、value（CSV 中以 “年份:值；” 连接）。' },
  { name: 'lines', type: '[number, number]', description: '原文起止行号。Source line range.' },
  { name: 'agencies', type: 'object', description: '（仅 corpus.json）按部门登记表解析的单位：lead、partner 各为 {id, printed}，unknown 为登记表未收录的原文名称（构建时报告）。' },
  { name: 'extractedTargets', type: 'object[]', description: '（仅 corpus.json）提取的量化目标：indicator 指标、value 数值、unit 单位、year 年份、yearBasis 年份依据（stated 原文 | deadline 完成时限 | document 文件目标日期）、text 原文片段。' },
  { name: 'targetSeries', type: 'object[]', description: '（仅 corpus.json）逐年目标序列（如王益 2016–2020 年度目标）。' },
  { name: 'similar', type: 'object[]', description: '（仅 corpus.json）其他文件中文字相同或相近的条款：id、score（加权包含度 0–1）、spans（本条款中相同文字的字符区间 [start, end)）、otherSpans（对方条款中的对应区间）。方法见“关于与方法”。' },
  { name: 'sourceSha256', type: 'string', description: '来源文件原始字节的 SHA-256。' },
  { name: 'themes', type: 'object[]', description: '政策主题：theme 主题标识、source（rule 词表匹配 | override 人工整理）、evidence（term 命中词、where 命中位置 heading|text|agency）、reason（人工整理的理由）。CSV 中为主题标识以 “；” 连接。' },
];

/** Top-level keys of corpus.json besides documents. */
export const corpusFields: FieldDoc[] = [
  { name: 'generator', type: 'string', description: '生成本文件的程序。' },
  { name: 'documents', type: 'object[]', description: '文件及其条款（字段见下两表）。' },
  { name: 'agencies', type: 'object[]', description: '部门登记表（content/agencies.yml）：id、中英文名称、类别、前身/继任、各种写法。' },
  { name: 'indicators', type: 'object[]', description: '可比指标清单（content/indicators.yml）：id、中英文名称、单位、识别用语。' },
  { name: 'citations', type: 'object', description: '文号索引：documents（每个文号：规范写法、锚点 slug、标题、层级、是否收录、被谁引用/转发/废止）与 relations（from、to、relation、docId、line）。' },
  { name: 'reuse', type: 'object', description: '相同文字：方法与参数、文件对之间的共享比例、条款对（a、b、score、coverageA、coverageB；对齐的共享片段见各条款的 similar）与聚类。' },
];

/** Columns of provisions.csv: provision fields plus the document context a spreadsheet needs. */
export const csvColumns: FieldDoc[] = [
  ...provisionFields.filter((f) => !['lines', 'agencies', 'extractedTargets', 'targetSeries', 'similar', 'sourceSha256'].includes(f.name)),
  { name: 'leadAgencyIds', type: 'string', description: '牵头/责任单位在部门登记表（content/agencies.yml）中的标识，以 “；” 连接；同一部门的不同写法归为一个标识。' },
  { name: 'partnerAgencyIds', type: 'string', description: '配合单位的部门标识，以 “；” 连接。' },
  { name: 'extractedTargets', type: 'string', description: '从条款中提取的量化目标：指标标识=数值@年份，以 “；” 连接（年份为推定时见 corpus.json 的 yearBasis）。' },
  { name: 'lineStart', type: 'number', description: '原文起始行号。' },
  { name: 'lineEnd', type: 'number', description: '原文结束行号。' },
  { name: 'documentTitle', type: 'string', description: '所属文件标题。' },
  { name: 'jurisdiction', type: 'string', description: '地区中文名。' },
  { name: 'province', type: 'string', description: '省份。' },
  { name: 'level', type: 'string', description: '层级。' },
  { name: 'docNumber', type: 'string', description: '文号。' },
  { name: 'sourceSha256', type: 'string', description: '来源文件原始字节的 SHA-256，用于核对出处。' },
];

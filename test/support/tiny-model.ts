import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import onnxProto from 'onnx-proto';
// mulberry32, so the generated model is byte-identical across runs.
import { seededRandom } from '../../src/embed/linear-algebra.js';

const { onnx } = onnxProto;

const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

// Characters that occur in the Hangzhou report questions and passages the tests use, so that
// they tokenize to real ids rather than collapsing into [UNK].
const DOMAIN_CHARS = [
  ...'地区生产总值增长钱塘拱墅杭州年目标',
  ...'市省县镇上半全季度同比下降百分点亿万元人民币投资消费出口进口工业服务业农',
  ...'财政收入支出居民可支配城乡就业率价格指数规模以上企业经济发展计划报告第一二三四五六七八九十',
  ...'西湖滨江余杭萧山临平富阳桐庐淳安建德上城',
  ...'的了是在和与及为对中大小新高',
];

const DIGITS = [...'0123456789'];
const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
const PUNCTUATION = [...'，。、；：？！（）%.,:;?!()-/'];

function defaultVocab(): string[] {
  // WordPiece needs "##x" continuations so multi-digit numbers and the ASCII words in e5/bge
  // prefixes ("query", "passage") split into known pieces instead of becoming [UNK].
  const continuations = [...DIGITS, ...LETTERS].map((c) => `##${c}`);
  return [...new Set([...DOMAIN_CHARS, ...DIGITS, ...LETTERS, ...PUNCTUATION, ...continuations])];
}

function embeddingTable(rows: number, cols: number, seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const bytes = new Uint8Array(rows * cols * 4);
  // ONNX raw_data is little-endian regardless of host byte order.
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < rows * cols; i++) view.setFloat32(i * 4, rand() * 2 - 1, true);
  return bytes;
}

function buildOnnxModel(vocabSize: number, hiddenSize: number): Uint8Array {
  const { DataType } = onnx.TensorProto;
  const dynamicIds = {
    tensorType: {
      elemType: DataType.INT64,
      shape: { dim: [{ dimParam: 'batch_size' }, { dimParam: 'sequence_length' }] },
    },
  };
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'hangzhou-reports-bot tiny-model',
    // Opset 13 is comfortably inside what onnxruntime 1.14 (transformers v2) supports.
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'tiny_bert',
      initializer: [
        {
          name: 'embedding_table',
          dataType: DataType.FLOAT,
          dims: [vocabSize, hiddenSize],
          rawData: embeddingTable(vocabSize, hiddenSize, 0x5eed),
        },
      ],
      node: [
        {
          opType: 'Gather',
          input: ['embedding_table', 'input_ids'],
          output: ['last_hidden_state'],
          attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }],
        },
      ],
      // attention_mask and token_type_ids are unused by the graph but must be declared: transformers.js
      // feeds exactly the session's input names, and real BERT exports declare all three.
      input: [
        { name: 'input_ids', type: dynamicIds },
        { name: 'attention_mask', type: dynamicIds },
        { name: 'token_type_ids', type: dynamicIds },
      ],
      output: [
        {
          name: 'last_hidden_state',
          type: {
            tensorType: {
              elemType: DataType.FLOAT,
              shape: {
                dim: [{ dimParam: 'batch_size' }, { dimParam: 'sequence_length' }, { dimValue: hiddenSize }],
              },
            },
          },
        },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

function tokenizerJson(vocab: readonly string[]): object {
  const ids: Record<string, number> = {};
  vocab.forEach((token, id) => {
    ids[token] = id;
  });
  const special = (token: string) => ({ id: token, type_id: 0 });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: ids[content],
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: special('[CLS]') }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: special('[SEP]') }],
      pair: [
        { SpecialToken: special('[CLS]') },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: special('[SEP]') },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [ids[t]], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: ids,
    },
  };
}

/**
 * Writes a BERT-shaped model that transformers.js loads offline: its last_hidden_state is just a
 * seeded embedding lookup, so mean pooling yields the average of per-token vectors and texts
 * sharing characters land close together — enough to test retrieval plumbing without a real model.
 */
export async function writeTinyBertModel(dir: string, opts: { hiddenSize?: number; vocab?: string[] } = {}): Promise<void> {
  const hiddenSize = opts.hiddenSize ?? 32;
  const vocab = [...new Set([...SPECIAL_TOKENS, ...(opts.vocab ?? defaultVocab())])];

  await mkdir(path.join(dir, 'onnx'), { recursive: true });

  const config = {
    _name_or_path: path.basename(dir),
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: hiddenSize,
    num_hidden_layers: 1,
    num_attention_heads: 1,
    intermediate_size: hiddenSize * 4,
    hidden_act: 'gelu',
    max_position_embeddings: 512,
    type_vocab_size: 2,
    vocab_size: vocab.length,
    pad_token_id: 0,
    layer_norm_eps: 1e-12,
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    tokenize_chinese_chars: true,
    strip_accents: null,
    model_max_length: 512,
    clean_up_tokenization_spaces: true,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    mask_token: '[MASK]',
  };

  await Promise.all([
    writeFile(path.join(dir, 'config.json'), JSON.stringify(config, null, 2)),
    writeFile(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab))),
    writeFile(path.join(dir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2)),
    writeFile(path.join(dir, 'onnx', 'model.onnx'), buildOnnxModel(vocab.length, hiddenSize)),
  ]);
}

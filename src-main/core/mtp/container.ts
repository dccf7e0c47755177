import { CONTAINER_TYPE, UNKNOWN_LENGTH } from './codes.ts';
import { protocolError } from './errors.ts';

/**
 * PTP over USB containers: a 12-byte little-endian header (length u32, type u16, code u16, transaction id u32),
 * then up to five u32 parameters (command, response) or the payload (data). Events carry up to three parameters.
 */
export const HEADER_SIZE = 12;
export const MAX_PARAMS = 5;
export const MAX_EVENT_PARAMS = 3;

export interface ContainerHeader {
  length: number;
  type: number;
  code: number;
  transactionId: number;
}

/** A command, response or event: a code, a transaction id and a few parameters. */
export interface OperationContainer {
  code: number;
  transactionId: number;
  params: number[];
}

export function writeHeader(target: Uint8Array, header: ContainerHeader): void {
  const view = new DataView(target.buffer, target.byteOffset, HEADER_SIZE);
  view.setUint32(0, header.length >>> 0, true);
  view.setUint16(4, header.type, true);
  view.setUint16(6, header.code, true);
  view.setUint32(8, header.transactionId >>> 0, true);
}

export function readHeader(bytes: Uint8Array): ContainerHeader {
  if (bytes.length < HEADER_SIZE)
    throw protocolError(`a container of ${bytes.length} bytes is shorter than its header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_SIZE);
  return {
    length: view.getUint32(0, true),
    type: view.getUint16(4, true),
    code: view.getUint16(6, true),
    transactionId: view.getUint32(8, true),
  };
}

function encodeOperation(type: number, op: OperationContainer, maxParams: number): Uint8Array {
  if (op.params.length > maxParams) throw new RangeError(`at most ${maxParams} parameters`);
  const out = new Uint8Array(HEADER_SIZE + 4 * op.params.length);
  writeHeader(out, { length: out.length, type, code: op.code, transactionId: op.transactionId });
  const view = new DataView(out.buffer);
  op.params.forEach((p, i) => view.setUint32(HEADER_SIZE + 4 * i, p >>> 0, true));
  return out;
}

function decodeOperation(bytes: Uint8Array, type: number, maxParams: number, what: string): OperationContainer {
  const header = readHeader(bytes);
  if (header.type !== type) throw protocolError(`expected a ${what} but got container type ${header.type}`);
  if (header.length !== bytes.length) {
    throw protocolError(`the ${what} says ${header.length} bytes but ${bytes.length} arrived`);
  }
  const extra = header.length - HEADER_SIZE;
  if (extra % 4 !== 0 || extra / 4 > maxParams) throw protocolError(`the ${what} has a bad length ${header.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const params: number[] = [];
  for (let at = HEADER_SIZE; at < header.length; at += 4) params.push(view.getUint32(at, true));
  return { code: header.code, transactionId: header.transactionId, params };
}

export const encodeCommand = (op: OperationContainer) => encodeOperation(CONTAINER_TYPE.Command, op, MAX_PARAMS);
export const encodeResponse = (op: OperationContainer) => encodeOperation(CONTAINER_TYPE.Response, op, MAX_PARAMS);
export const encodeEvent = (op: OperationContainer) => encodeOperation(CONTAINER_TYPE.Event, op, MAX_EVENT_PARAMS);

export const decodeCommand = (bytes: Uint8Array) =>
  decodeOperation(bytes, CONTAINER_TYPE.Command, MAX_PARAMS, 'command');
export const decodeResponse = (bytes: Uint8Array) =>
  decodeOperation(bytes, CONTAINER_TYPE.Response, MAX_PARAMS, 'response');
export const decodeEvent = (bytes: Uint8Array) =>
  decodeOperation(bytes, CONTAINER_TYPE.Event, MAX_EVENT_PARAMS, 'event');

/** The length field of a data container carrying `payloadSize` bytes; 0xFFFFFFFF once it no longer fits. */
export function dataContainerLength(payloadSize: number): number {
  const total = HEADER_SIZE + payloadSize;
  return total >= UNKNOWN_LENGTH ? UNKNOWN_LENGTH : total;
}

/** A whole data container in one buffer: for small datasets only (large payloads are streamed). */
export function encodeData(code: number, transactionId: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER_SIZE + payload.length);
  writeHeader(out, {
    length: dataContainerLength(payload.length),
    type: CONTAINER_TYPE.Data,
    code,
    transactionId,
  });
  out.set(payload, HEADER_SIZE);
  return out;
}

export function roundUpToPacket(n: number, maxPacketSize: number): number {
  return Math.ceil(n / maxPacketSize) * maxPacketSize;
}

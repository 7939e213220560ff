// @ts-check
/**
 * AWS Signature Version 4 verification, as AWS JSON services do it: recompute the canonical request and the
 * signature for the one key pair we know, and answer with the error type and wording AWS uses.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const MAX_SKEW_MS = 15 * 60 * 1000;

/**
 * @typedef {{ method: string, url: string, headers: import('node:http').IncomingHttpHeaders, body: Buffer }} SignedRequest
 * @typedef {{ accessKeyId: string, secretAccessKey: string }} Credentials
 * @typedef {{ type: string, message: string }} AuthError
 */

/**
 * Returns undefined when the request is signed with `credentials` for `region` and `service`, else the error AWS returns.
 * @param {SignedRequest} req
 * @param {{ credentials: Credentials, region: string, service: string }} expected
 * @returns {AuthError | undefined}
 */
export function verifySigV4(req, { credentials, region, service }) {
  const now = new Date();
  const authorization = req.headers.authorization;
  if (!authorization) return { type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' };

  const amzDate = header(req, 'x-amz-date');
  /** @type {Record<string, string | undefined>} */
  const fields = Object.fromEntries(
    authorization
      .replace(/^AWS4-HMAC-SHA256\s+/, '')
      .split(/,\s*/)
      .map((part) => splitOnce(part.trim(), '=')),
  );
  const { Credential: credential, Signature: signature, SignedHeaders: signedHeaders } = fields;
  if (!authorization.startsWith('AWS4-HMAC-SHA256 ') || !credential || !signature || !signedHeaders || !amzDate) {
    const missing = [
      credential ? '' : "Authorization header requires 'Credential' parameter.",
      signature ? '' : "Authorization header requires 'Signature' parameter.",
      signedHeaders ? '' : "Authorization header requires 'SignedHeaders' parameter.",
      amzDate ? '' : "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    ].filter(Boolean);
    return {
      type: 'IncompleteSignatureException',
      message: `${missing.join(' ')} Authorization=${authorization}`.trim(),
    };
  }

  const [accessKeyId, scopeDate, scopeRegion, scopeService, terminator] = credential.split('/');
  if (accessKeyId !== credentials.accessKeyId) {
    return { type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' };
  }
  const signedAt = parseAmzDate(amzDate);
  if (!signedAt)
    return {
      type: 'IncompleteSignatureException',
      message: `Date must be in ISO-8601 'basic format'. Got '${amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601`,
    };
  if (signedAt.getTime() < now.getTime() - MAX_SKEW_MS) {
    return {
      type: 'InvalidSignatureException',
      message: `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(new Date(now.getTime() - MAX_SKEW_MS))} (${formatAmzDate(now)} - 15 min.)`,
    };
  }
  if (signedAt.getTime() > now.getTime() + MAX_SKEW_MS) {
    return {
      type: 'InvalidSignatureException',
      message: `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(new Date(now.getTime() + MAX_SKEW_MS))} (${formatAmzDate(now)} + 15 min.)`,
    };
  }
  if (scopeDate !== amzDate.slice(0, 8)) {
    return {
      type: 'InvalidSignatureException',
      message: `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    };
  }
  if (scopeRegion !== region) {
    return {
      type: 'InvalidSignatureException',
      message: `Credential should be scoped to a valid region, not '${scopeRegion}'. `,
    };
  }
  if (scopeService !== service) {
    return {
      type: 'InvalidSignatureException',
      message: `Credential should be scoped to correct service: '${service}'. `,
    };
  }
  if (terminator !== 'aws4_request') {
    return {
      type: 'InvalidSignatureException',
      message: `Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'. `,
    };
  }

  const scope = `${scopeDate}/${region}/${service}/aws4_request`;
  const canonical = canonicalRequest(req, signedHeaders);
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = [scopeDate, region, service, 'aws4_request'].reduce(
    (/** @type {Buffer | string} */ k, part) => hmac(k, part),
    `AWS4${credentials.secretAccessKey}`,
  );
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      type: 'InvalidSignatureException',
      message:
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.' +
        `\n\nThe Canonical String for this request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`,
    };
  }
  return undefined;
}

/**
 * @param {SignedRequest} req
 * @param {string} signedHeaders
 */
function canonicalRequest(req, signedHeaders) {
  const [path, query] = splitOnce(req.url, '?');
  // Services other than S3 sign each path segment URI-encoded twice: once on the wire, once here.
  const canonicalUri = path.split('/').map(awsUriEncode).join('/');
  const canonicalQuery = query
    .split('&')
    .filter(Boolean)
    .map((pair) => splitOnce(pair, '=').map((part) => awsUriEncode(decodeURIComponent(part.replace(/\+/g, ' ')))))
    .sort(([a = '', x = ''], [b = '', y = '']) => (a === b ? compare(x, y) : compare(a, b)))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const names = signedHeaders.split(';');
  const canonicalHeaders = names.map((name) => `${name}:${header(req, name).trim().replace(/\s+/g, ' ')}\n`).join('');
  return [req.method, canonicalUri, canonicalQuery, canonicalHeaders, signedHeaders, sha256(req.body)].join('\n');
}

/**
 * @param {SignedRequest} req
 * @param {string} name
 */
function header(req, name) {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

/**
 * @param {string} value
 * @param {string} separator
 * @returns {[string, string]}
 */
function splitOnce(value, separator) {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}

/** @param {string} value RFC 3986 unreserved characters stay, everything else is %XX. */
function awsUriEncode(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** @param {string} a @param {string} b */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @param {string} value ISO 8601 basic format, e.g. 20240101T120000Z */
function parseAmzDate(value) {
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
  return basic.test(value) ? new Date(value.replace(basic, '$1-$2-$3T$4:$5:$6Z')) : undefined;
}

/** @param {Date} date */
function formatAmzDate(date) {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** @param {string | Buffer} data */
function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

/** @param {string | Buffer} key @param {string} data */
function hmac(key, data) {
  return createHmac('sha256', key).update(data).digest();
}

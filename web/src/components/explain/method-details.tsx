import type { BodyRule, Cacheable, CourseTableRow, MethodExplanation } from '@playground/shared/knowledge';
import { use } from 'react';
import { loadKnowledge } from './load-knowledge.ts';

const yesNo = (value: boolean | null) => (value === null ? 'Up to the server' : value ? 'Yes' : 'No');
const CACHEABLE: Record<Cacheable, string> = { yes: 'Yes', sometimes: 'Sometimes', no: 'No' };
const BODY: Record<BodyRule, string> = { yes: 'Yes', optional: 'Optional', no: 'No' };
const COURSE: Record<string, string> = { yes: 'Yes', no: 'No', sometimes: 'Sometimes', may: 'May' };

function Properties({ info }: { info: MethodExplanation }) {
  const rows: [string, string, string][] = [
    ['Safe', yesNo(info.safe), 'It asks for nothing to change on the server.'],
    [
      'Idempotent',
      yesNo(info.idempotent),
      'Sending it twice has the same effect as once, so it can be retried.',
    ],
    [
      'Cacheable',
      info.cacheable ? CACHEABLE[info.cacheable] : 'Up to the server',
      'A cache may keep the answer and reuse it.',
    ],
    [
      'Request body',
      info.requestBody.rule ? BODY[info.requestBody.rule] : 'Up to the server',
      info.requestBody.note,
    ],
    [
      'Answer body',
      info.responseBody.rule ? BODY[info.responseBody.rule] : 'Up to the server',
      info.responseBody.note,
    ],
  ];
  return (
    <table className="explain-table">
      <caption>Properties of {info.method}</caption>
      <tbody>
        {rows.map(([name, value, note]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td className="explain-value">{value}</td>
            <td className="explain-note">{note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CourseTable({ rows, current }: { rows: readonly CourseTableRow[]; current: string }) {
  return (
    <table className="explain-table explain-course">
      <caption>The course's table (seed 000)</caption>
      <thead>
        <tr>
          <th scope="col">Verb</th>
          <th scope="col">Use</th>
          <th scope="col">Safe</th>
          <th scope="col">Idempotent</th>
          <th scope="col">Cacheable</th>
          <th scope="col">Accepts body</th>
          <th scope="col">Returns body</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.method} data-current={row.method === current || undefined}>
            <th scope="row" className="mono">
              {row.method}
            </th>
            <td>{row.use}</td>
            <td>{row.safe ? 'Yes' : 'No'}</td>
            <td>{row.idempotent ? 'Yes' : 'No'}</td>
            <td>{COURSE[row.cacheable]}</td>
            <td>{COURSE[row.acceptsBody]}</td>
            <td>{COURSE[row.returnsBody]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What a method means: its properties (RFC 9110), its REST use and the course table. */
export function MethodDetails({ method }: { method: string }) {
  const { explainMethod, COURSE_METHODS_TABLE } = use(loadKnowledge());
  const info = explainMethod(method);
  return (
    <>
      <p className="explain-title">
        <span className="mono">{method}</span>
        {info.spec ? <span className="explain-spec">{info.spec}</span> : null}
      </p>
      <p>{info.meaning}</p>
      {info.standard ? <Properties info={info} /> : null}
      {info.rest ? (
        <p>
          <strong>In a REST API: {info.rest.action}.</strong> {info.rest.note}
        </p>
      ) : info.standard ? (
        <p>REST APIs do not use it for their resources.</p>
      ) : null}
      <CourseTable rows={COURSE_METHODS_TABLE} current={method} />
      {info.course ? null : (
        <p className="explain-muted">The course's table lists five verbs; {method} is not one of them.</p>
      )}
    </>
  );
}

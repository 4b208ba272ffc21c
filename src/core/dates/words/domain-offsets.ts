/**
 * Country-code top-level domains of news sites (`sbs.com.au`, `chinadaily.com.cn`) and the
 * standard-time offset from UTC, in hours, of the country's capital or main press centre (IANA
 * time-zone database, as in `place-offsets.ts`). Generic domains (`.com`, `.org`, `.news`) and
 * `.eu` say nothing about where an outlet is, so they are not here; neither is `.us`, rarely used
 * by outlets. Country codes from ISO 3166-1 as IANA delegates them.
 */
export const domainOffsets: Readonly<Record<string, number>> = {
  uk: 0, ie: 0, pt: 0, gh: 0, sn: 0,
  fr: 1, de: 1, be: 1, nl: 1, lu: 1, ch: 1, at: 1, it: 1, es: 1, pl: 1, cz: 1, sk: 1, hu: 1,
  dk: 1, no: 1, se: 1, rs: 1, hr: 1, si: 1, ng: 1,
  fi: 2, ee: 2, lv: 2, lt: 2, ua: 2, md: 2, ro: 2, bg: 2, gr: 2, il: 2, eg: 2, za: 2,
  ru: 3, by: 3, tr: 3, sa: 3, qa: 3, kw: 3, iq: 3, ke: 3, et: 3,
  ir: 3.5, ae: 4, om: 4, az: 4, ge: 4, am: 4, pk: 5, uz: 5, kz: 5, in: 5.5, np: 5.75, bd: 6,
  th: 7, vn: 7, id: 7, cn: 8, hk: 8, tw: 8, sg: 8, my: 8, ph: 8, jp: 9, kr: 9, au: 10, nz: 12,
  ca: -5, mx: -6, br: -3, ar: -3, cl: -4, pe: -5,
};

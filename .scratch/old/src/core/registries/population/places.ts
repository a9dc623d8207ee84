/**
 * Regions and districts of Kazakhstan for the synthetic population, with rough population weights (millions, 2018).
 * The five regions of the seeds carry real district names; the rest have a city and two rural districts. Each
 * district has a centre (where the provider's office is) and numbered villages (`<district>-v<n>`), so the akim
 * route's "no provider at the place of residence" has someone to apply to. Demo and benchmark data only.
 */
export interface DistrictSpec {
  readonly code: string;
  /** The locality code of the district centre. */
  readonly centre: string;
  /** Number of villages besides the centre; 0 for a city. */
  readonly villages: number;
}

export interface RegionSpec {
  readonly code: string;
  readonly weight: number;
  readonly districts: readonly DistrictSpec[];
}

const city = (code: string): DistrictSpec => ({ code: `${code}-city`, centre: code, villages: 0 });
const rural = (code: string, centre: string, villages = 8): DistrictSpec => ({ code, centre, villages });
const generic = (region: string, capital: string, weight: number): RegionSpec => ({
  code: region,
  weight,
  districts: [city(capital), rural(`${region}-district-1`, `${region}-centre-1`), rural(`${region}-district-2`, `${region}-centre-2`)],
});

export const REGION_SPECS: readonly RegionSpec[] = [
  {
    code: 'zhambyl',
    weight: 1.12,
    districts: [city('taraz'), rural('baizak', 'sarykemer'), rural('zhualy', 'bauyrzhan-momyshuly'), rural('kordai', 'kordai'), rural('merki', 'merki'), rural('shu', 'tole-bi')],
  },
  {
    code: 'aktobe',
    weight: 0.87,
    districts: [city('aktobe'), rural('alga', 'alga'), rural('khromtau', 'khromtau'), rural('martuk', 'martuk'), rural('mugalzhar', 'kandyagash'), rural('shalkar', 'shalkar')],
  },
  {
    code: 'kyzylorda',
    weight: 0.79,
    districts: [city('kyzylorda'), rural('aral', 'aralsk'), rural('kazaly', 'aiteke-bi'), rural('shieli', 'shieli'), rural('zhanakorgan', 'zhanakorgan')],
  },
  {
    code: 'northKazakhstan',
    weight: 0.55,
    districts: [city('petropavl'), rural('tayynsha', 'tayynsha'), rural('aiyrtau', 'saumalkol'), rural('esil', 'yavlenka'), rural('kyzylzhar', 'beskol')],
  },
  {
    code: 'akmola',
    weight: 0.74,
    districts: [city('kokshetau'), city('stepnogorsk'), rural('burabay', 'shchuchinsk'), rural('zerendi', 'zerendi'), rural('tselinograd', 'akmol'), rural('atbasar', 'atbasar')],
  },
  generic('almatyCity', 'almaty', 1.8),
  generic('astana', 'astana', 1.0),
  generic('shymkent', 'shymkent', 1.0),
  generic('almatyRegion', 'taldykorgan', 2.0),
  generic('atyrau', 'atyrau', 0.63),
  generic('westKazakhstan', 'oral', 0.65),
  generic('karaganda', 'karaganda', 1.38),
  generic('kostanay', 'kostanay', 0.87),
  generic('mangystau', 'aktau', 0.68),
  generic('turkestan', 'turkestan', 1.98),
  generic('pavlodar', 'pavlodar', 0.75),
  generic('eastKazakhstan', 'oskemen', 1.38),
];

/** Citizenships besides Kazakhstan's, with weights; XXA = stateless (ICAO 9303). */
export const OTHER_CITIZENSHIPS: readonly (readonly [code: string, weight: number])[] = [
  ['RUS', 4], ['UZB', 3], ['CHN', 1], ['MNG', 1], ['KGZ', 1], ['XXA', 1],
];

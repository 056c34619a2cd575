import type { Locale } from '../locale.js';
import { formatCount, plural } from '../plural.js';

/**
 * Indonesian. Rating words follow the Indonesian fact-checkers (the Cek Fakta coalition and Tempo's Cek Fakta:
 * "Benar", "Sebagian benar", "Menyesatkan", "Tidak terbukti"; Mafindo/TurnBackHoax's "Salah" and "Satire"); their
 * summary is the "Kesimpulan". Indonesian has one plural form ("3 sumber"); the reader is addressed as "Anda".
 */
const id: Locale = {
  lang: 'id',
  review: {
    nativeSpeaker: false,
    note: 'Drafted by the maintainers from the English catalogue, following the usage of Indonesian fact-checkers (Cek Fakta, Mafindo/TurnBackHoax); not yet reviewed by a native speaker. A reviewer should check the rating words ("Salah" against Tempo’s "Keliru" for false, "Sebagian besar …" for the mostly-ratings), "Kesimpulan:" as the verdict’s label, and the date labels with a colon.',
  },
  messages: {
    verdictPrefix: 'Kesimpulan:',
    ratingName: (p) =>
      ({
        true: 'Benar',
        'mostly-true': 'Sebagian besar benar',
        mixed: 'Sebagian benar',
        'mostly-false': 'Sebagian besar salah',
        false: 'Salah',
        misleading: 'Menyesatkan',
        unproven: 'Tidak terbukti',
        satire: 'Satire',
        unrated: 'Tanpa penilaian',
      })[p.rating],
    errorTitle: 'Cek fakta ini tidak dapat ditampilkan.',
    errorNetwork: 'Cek fakta ini gagal dimuat. Periksa koneksi internet Anda, lalu coba lagi.',
    errorTimeout: 'Pemuatannya terlalu lama. Coba lagi.',
    retry: 'Coba lagi',
    opensFactCheck: '(membuka cek fakta)',
    close: 'Tutup',
    claimHeading: 'Klaim',
    claimBy: (p) => `Klaim dari ${p.name}`,
    claimMadeOn: (p) => `Tanggal klaim: ${p.date}`,
    claimMadeIn: (p) => `Tanggal klaim: ${p.date}`,
    scaleStep: (p) => `Tingkat ${formatCount('id', p.step)} dari ${formatCount('id', p.count)} pada skala penerbit, dari salah ke benar`,
    appearedIn: 'Tempat klaim beredar',
    summaryHeading: 'Penjelasan',
    whatsTrueHeading: 'Yang benar',
    whatsFalseHeading: 'Yang salah',
    sourcesHeading: (p) => plural('id', p.count, { other: '# sumber' }),
    showAllSources: (p) => plural('id', p.count, { other: 'Tampilkan semua # sumber' }),
    showFewerSources: 'Tampilkan lebih sedikit sumber',
    archivedCopy: 'Salinan arsip',
    stanceName: (p) => ({ supports: 'Mendukung klaim', refutes: 'Membantah klaim', context: 'Konteks' })[p.stance],
    timelineHeading: 'Kronologi',
    dateRange: (p) => `${p.start} – ${p.end}`,
    keyEvent: 'Peristiwa kunci',
    publishedBy: (p) => `Cek fakta oleh ${p.name}`,
    byAuthors: (p) => `Oleh ${p.names}`,
    publishedOn: (p) => `Diterbitkan: ${p.date}`,
    updatedOn: (p) => `Diperbarui: ${p.date}`,
    correctionsHeading: 'Koreksi',
    readFullFactCheck: 'Baca cek fakta selengkapnya',
    publisherLogo: (p) => `Logo ${p.name}`,
    factCheckKicker: 'Cek Fakta',
    expandFactCheck: 'Tampilkan cek fakta selengkapnya',
    collapseFactCheck: 'Tampilkan lebih sedikit',
    factCheckerCount: (p) => plural('id', p.count, { other: '# pemeriksa fakta:' }),
    verdictsAgree: 'Kesimpulannya sama.',
    verdictsSimilar: 'Kesimpulannya hampir sama.',
    verdictsDiffer: 'Kesimpulannya berbeda.',
    readFactCheckBy: (p) => `Baca cek fakta dari ${p.name}`,
    loading: 'Memuat cek fakta…',
    errorHttp: 'Server tempat cek fakta ini disimpan tidak menyediakannya. Coba lagi nanti.',
    errorTooLarge: 'Cek fakta ini terlalu besar untuk ditampilkan di sini.',
    errorParse: 'Datanya tidak dapat dibaca.',
    errorInvalid: 'Datanya tidak valid.',
    errorDetails: 'Detail',
    opensInNewTab: '(terbuka di tab baru)',
    share: 'Bagikan',
    copyLink: 'Salin tautan',
    linkCopied: 'Tautan disalin',
    claimantWithRole: (p) => `${p.name}, ${p.role}`,
    mediaKind: (p) => ({ image: 'Gambar', video: 'Video', audio: 'Audio' })[p.kind],
    mediaAuthenticity: (p) =>
      ({
        'original-context': 'Asli',
        'missing-context': 'Konteks yang hilang',
        'edited-or-cropped': 'Disunting atau dipotong',
        transformed: 'Dimanipulasi',
        staged: 'Direkayasa',
        'satire-or-parody': 'Satire atau parodi',
      })[p.authenticity],
    mediaAlt: (p) => ({ image: 'Gambar yang diperiksa', video: 'Cuplikan dari video yang diperiksa', audio: 'Gambar untuk rekaman yang diperiksa' })[p.kind],
  },
};

export default id;

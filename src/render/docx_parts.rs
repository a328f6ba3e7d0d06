//! The fixed parts of a DOCX package: content types, relationships, app
//! properties and the styles (East Asian fonts set for Chinese text).

pub(super) const HEADER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

pub(super) const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>\
<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
</Types>";

pub(super) const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>";

pub(super) const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>\
</Relationships>";

/// The footer: the page number centred as "— 1 —" (GB/T 9704 7.5: 4号
/// 半角宋体 Arabic numerals with a dash either side), by a PAGE field so Word
/// and LibreOffice number the pages themselves.
pub(super) const FOOTER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>\
<w:r><w:rPr><w:rFonts w:ascii=\"SimSun\" w:hAnsi=\"SimSun\" w:eastAsia=\"SimSun\"/><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">— </w:t></w:r>\
<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>\
<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>\
<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t>1</w:t></w:r>\
<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>\
<w:r><w:rPr><w:rFonts w:ascii=\"SimSun\" w:hAnsi=\"SimSun\" w:eastAsia=\"SimSun\"/><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\"> —</w:t></w:r>\
</w:p></w:ftr>";

pub(super) const APP: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
<Application>nengji</Application></Properties>";

pub(super) const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr>\
<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"SimSun\" w:cs=\"Times New Roman\"/>\
<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>\
</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
<w:spacing w:before=\"0\" w:after=\"60\" w:line=\"360\" w:lineRule=\"auto\"/>\
</w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"360\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr>\
<w:rPr><w:rFonts w:eastAsia=\"SimHei\"/><w:b/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"1\"/></w:pPr>\
<w:rPr><w:rFonts w:eastAsia=\"SimHei\"/><w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"180\" w:after=\"60\"/><w:outlineLvl w:val=\"2\"/></w:pPr>\
<w:rPr><w:rFonts w:eastAsia=\"SimHei\"/><w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:outlineLvl w:val=\"3\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
</w:styles>";

/// GB/T 9704 styles: 三号 (16 pt) 仿宋 body on the grid's 579 twentieths of a
/// point (225 mm over 22 lines), condensed by 5 twentieths of a point to
/// 28 characters a line, a 二号 (22 pt) 小标宋 title (not bold: the
/// face is heavy by itself), 黑体 三号 chapter heads. Where a font is not
/// installed, [`FONT_TABLE`] tells Word and LibreOffice what to put instead.
pub(super) const OFFICIAL_STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr>\
<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"FangSong\" w:cs=\"Times New Roman\"/>\
<w:spacing w:val=\"-5\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>\
</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/>\
</w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"579\" w:line=\"640\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr>\
<w:rPr><w:rFonts w:ascii=\"方正小标宋简体\" w:hAnsi=\"方正小标宋简体\" w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"1\"/></w:pPr>\
<w:rPr><w:rFonts w:eastAsia=\"SimHei\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:outlineLvl w:val=\"2\"/></w:pPr>\
<w:rPr><w:rFonts w:eastAsia=\"KaiTi\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:outlineLvl w:val=\"3\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
</w:styles>";

/// The fonts the styles name, with what stands in for each where it is not
/// installed: Word takes the alternative name (`w:altName`), then the closest
/// font by PANOSE class, character set (86: GB2312) and family, so 方正小标宋简体
/// falls back to FZXiaoBiaoSong-B05S (its PostScript name), then to SimSun
/// (whose PANOSE class it is given), and FangSong to 仿宋_GB2312. LibreOffice on
/// Linux asks fontconfig for a Chinese (zh-CN) font of the family and gets Noto
/// Serif CJK SC or Noto Sans CJK SC.
pub(super) const FONT_TABLE: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>\
<w:font w:name=\"SimSun\"><w:altName w:val=\"宋体\"/><w:panose1 w:val=\"02010600030101010101\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>\
<w:font w:name=\"SimHei\"><w:altName w:val=\"黑体\"/><w:panose1 w:val=\"02010609060101010101\"/><w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>\
<w:font w:name=\"FangSong\"><w:altName w:val=\"仿宋_GB2312\"/><w:panose1 w:val=\"02010609060101010101\"/><w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>\
<w:font w:name=\"KaiTi\"><w:altName w:val=\"楷体_GB2312\"/><w:panose1 w:val=\"02010609060101010101\"/><w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>\
<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"FZXiaoBiaoSong-B05S\"/><w:panose1 w:val=\"02010600030101010101\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>\
</w:fonts>";

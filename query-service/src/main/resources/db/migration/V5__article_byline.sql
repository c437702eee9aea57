-- Who wrote an article and where it appeared, as ingest read them from the document (a web page's byline and
-- og:site_name, a mail's sender, a DOCX's author), so that list cards and article pages can tell articles apart.
ALTER TABLE article ADD COLUMN author text;
ALTER TABLE article ADD COLUMN site_name text;

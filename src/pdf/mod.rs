//! Pages -> PDF bytes with printpdf. Nothing else.

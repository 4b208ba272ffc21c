/**
 * Scripts written right to left: their letters have the Unicode Bidi_Class R or AL (UAX #9, from
 * DerivedBidiClass.txt). JavaScript has no Bidi_Class property escape, so the scripts stand in for it.
 */
export const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\p{Script=Old_Hungarian}\p{Script=Mende_Kikakui}]/u;

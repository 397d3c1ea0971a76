"""The internal survey (SZI): a unit's own staff, honorary and contract staff
included, say by one-time code and anonymously whether the change areas the unit
claims in its LKE are what they see at work.

- `bawaan`: the default questionnaire (the portal's own instrument, not a regulation's);
- `hitung`: pure maths — perception as a percentage, merging small staff categories;
- `services`: staff counts, codes, storing a response;
- `selectors`: results per unit and per set of units, for a date window;
- `slip`: the A4 sheet of code slips.

Survei never imports penilaian or dasbor: the gap between a unit's self-assessment
and its staff's perception is computed where both are known (penilaian.selectors.persepsi).
"""
